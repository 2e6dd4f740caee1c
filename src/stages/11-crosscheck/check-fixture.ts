import type { Actor } from '../../model/actor.js';
import type { Article } from '../../model/article.js';
import type { Event } from '../../model/event.js';
import type { Quote } from '../../model/quote.js';
import type { SourceRelations } from '../../model/relation.js';

/** For tests only: an article with an outlet and a date. */
export function article(id: string, text: string, outlet: string | null, published: string | null = null): Article {
  return {
    id, pageId: `page-${id}`, source: `${id}.txt`, segment: 0, pageStart: 0, pageEnd: text.length, outlet, title: null, url: null,
    byline: null, published, publishedBasis: published ? 'given' : 'unknown', evidence: { outlet: null, title: null, byline: null, published: null },
    text, removed: [], duplicateOf: null, derivedFrom: null,
  };
}

/** For tests only: the quote `words` (first occurrence) of an article. */
export function quote(a: Article, words: string, speaker: string | null, extra: Partial<Quote> = {}): Quote {
  const start = a.text.indexOf(words);
  if (start < 0) throw new Error(`"${words}" not in ${a.id}`);
  return {
    id: `q-${a.id}-${start}`, article: a.id, text: words, kind: 'direct', speaker, start, end: start + words.length,
    speakerStart: null, speakerEnd: null, speakerText: null, speakerKind: speaker ? 'person' : null, speakerForm: null, speakerName: null,
    speakerDescription: null, antecedentStart: null, antecedentEnd: null, cueStart: null, cueEnd: null, medium: null, mediumStart: null,
    mediumEnd: null, date: null, dateText: null, attribution: `att-${a.id}-${start}`, rule: 'test', why: [], confidence: 1,
    stage: 'quotes', stageVersion: 'test', ...extra,
  };
}

/** For tests only: an event whose evidence is `words` of an article. */
export function event(a: Article, words: string, trigger: string, fields: Pick<Event, 'type' | 'source' | 'target' | 'date'>): Event {
  const start = a.text.indexOf(words);
  const t = a.text.indexOf(trigger, start);
  return {
    id: `e-${a.id}-${start}`, article: a.id, ...fields, negated: false, modality: 'asserted', start, end: start + words.length,
    trigger, triggerStart: t, triggerEnd: t + trigger.length, rule: 'test', mode: null, cameo: null, intensity: null, reciprocal: false,
    location: null, dateText: null, dateBasis: null, dateFrom: null, dateTo: null, sourceText: null, targetText: null, why: [], confidence: 1,
  };
}

/** For tests only: a person actor. */
export function person(id: string, name: string, extra: Partial<Actor> = {}): Actor {
  return { id, name, aliases: [], kind: 'person', role: null, affiliation: null, articles: [], roles: [], conflicts: [], mentions: [], why: [], ...extra };
}

/** For tests only: stage 05's relations for articles, with `derived` links (derived → original). */
export function relations(articles: readonly Article[], derived: Record<string, string> = {}): SourceRelations {
  const rootOf = (id: string): string => (derived[id] ? rootOf(derived[id]!) : id);
  return {
    articles: articles.map((a) => ({ article: a.id, outlet: a.outlet?.toLowerCase() ?? null, duplicateOf: null, derivedFrom: derived[a.id] ?? null, root: rootOf(a.id) })),
    duplicates: [], derivations: [], pairs: [], stage: 'relate', stageVersion: 'test', settings: { nearDuplicateJaccard: 0.5, derivationScore: 0.45 },
  };
}
