import type { Actor } from '../../model/actor.js';
import type { Article } from '../../model/article.js';
import type { Quote } from '../../model/quote.js';
import type { IssueMention } from './issues/issue-mention.js';
import { articleContext, factsByArticle, type ArticleContext } from './text/article-context.js';

/** For tests only: an invented article with actors, an optional quote and marked issue mentions. */
export interface Marked {
  article: Article;
  actors: Actor[];
  quotes: Quote[];
  ctx: ArticleContext;
  /** Issue mentions marked with braces; the issue id is "issue:" + the braced text. */
  issues: IssueMention[];
}

/** For tests only: an article as the front half leaves it. */
export function testArticle(text: string, published: string | null = '2025-02-20', id = 'art_test', title: string | null = null): Article {
  return {
    id, pageId: `page_${id}`, source: `${id}.txt`, segment: 0, pageStart: 0, pageEnd: text.length, outlet: null, title, url: null, byline: null,
    published, publishedBasis: published ? 'given' : 'unknown', evidence: { outlet: null, title: null, byline: null, published: null },
    text, removed: [], duplicateOf: null, derivedFrom: null,
  };
}

/** For tests only: an actor with one mention per span; each name is its own country (code = the name upper-cased). */
export function testActor(name: string, spans: readonly { article: string; start: number; end: number; text: string }[], kind: Actor['kind'] = 'country', affiliation: string | null = name.toUpperCase()): Actor {
  return {
    id: `actor_${name.toLowerCase().replace(/\W+/gu, '_')}`, name, aliases: [name], kind, role: null, affiliation,
    articles: [...new Set(spans.map((s) => s.article))], roles: [], conflicts: [],
    mentions: spans.map((s) => ({ ...s, rule: 'test' })), why: ['test'],
  };
}

/** For tests only: a direct quote over a span, spoken by an actor. */
export function testQuote(article: string, start: number, end: number, text: string, speaker: string): Quote {
  return {
    id: `quote_${start}`, article, text, kind: 'direct', speaker, start, end, speakerStart: null, speakerEnd: null, speakerText: null,
    speakerKind: 'person', speakerForm: 'name', speakerName: null, speakerDescription: null, antecedentStart: null, antecedentEnd: null,
    cueStart: null, cueEnd: null, medium: null, mediumStart: null, mediumEnd: null, date: null, dateText: null, attribution: `a_${start}`,
    rule: 'test', why: ['test'], confidence: 1, stage: 'quotes', stageVersion: 'test',
  };
}

/**
 * For tests only: reads a marked text. "[Name]" marks an actor (each name its own country),
 * "{words}" an issue mention; both marks are removed from the article text. With `speaker`,
 * the text between “ and ” (or the whole text) is a direct quote by that speaker.
 */
export function marked(raw: string, speaker?: string, published: string | null = '2025-02-20', id = 'art_test'): Marked {
  let text = '';
  const names = new Map<string, { article: string; start: number; end: number; text: string }[]>();
  const braces: { start: number; end: number; text: string }[] = [];
  const open: { kind: '[' | '{'; at: number }[] = [];
  for (const ch of raw) {
    if (ch === '[' || ch === '{') { open.push({ kind: ch, at: text.length }); continue; }
    if (ch === ']' || ch === '}') {
      const o = open.pop();
      if (!o) continue;
      const span = { article: id, start: o.at, end: text.length, text: text.slice(o.at, text.length) };
      if (o.kind === '[') names.set(span.text, [...(names.get(span.text) ?? []), span]);
      else braces.push(span);
      continue;
    }
    text += ch;
  }
  const article = testArticle(text, published, id);
  const actors = [...names].map(([name, spans]) => testActor(name, spans));
  const quotes: Quote[] = [];
  if (speaker) {
    const who = testActor(speaker, []);
    actors.push(who);
    const s = text.indexOf('“');
    const e = text.lastIndexOf('”');
    const [qs, qe] = s >= 0 && e > s ? [s + 1, e] : [0, text.length];
    quotes.push(testQuote(id, qs, qe, text.slice(qs, qe), who.id));
  }
  const ctx = articleContext(article, factsByArticle(actors, quotes, []), undefined);
  const issues = braces.map((b) => ({
    issue: `issue:${b.text}`, article: id, sentence: Math.max(0, ctx.sentences.findIndex((s) => b.start >= s.start && b.start < s.end)),
    start: b.start, end: b.end, rule: 'test',
    owners: ctx.actors.filter((a) => (a.start >= b.start && a.end <= b.end) || (a.end <= b.start && /^(?:['’]s)?\s?$/u.test(text.slice(a.end, b.start)))),
  }));
  return { article, actors, quotes, ctx, issues };
}

/** For tests only: several marked articles as one model; actors with the same name are one actor. */
export function testCorpus(items: readonly { id: string; text: string; published: string | null; title?: string }[], kinds: Readonly<Record<string, { kind: Actor['kind']; affiliation: string | null }>> = {}): { articles: Article[]; actors: Actor[]; quotes: Quote[] } {
  const articles: Article[] = [];
  const byName = new Map<string, Actor>();
  for (const item of items) {
    const m = marked(item.text, undefined, item.published, item.id);
    articles.push({ ...m.article, title: item.title ?? null });
    for (const a of m.actors) {
      const known = byName.get(a.name);
      const kind = kinds[a.name];
      if (known) {
        known.mentions.push(...a.mentions);
        known.articles.push(...a.articles);
      } else byName.set(a.name, kind ? { ...a, kind: kind.kind, affiliation: kind.affiliation } : a);
    }
  }
  return { articles, actors: [...byName.values()], quotes: [] };
}
