import type { Article } from '../../model/article.js';
import type { DateMention } from '../../model/event.js';
import type { Mention, Qualifier, Sentence } from '../../model/language.js';
import { contentId } from '../../pipeline/ids.js';
import { findDates } from '../05-dates/find-dates.js';

/**
 * TESTS ONLY: the minimal actor spotting of the rule examples. Brackets mark the words that
 * name a party ("[Zelensky] met [Kellogg]"); each becomes a mention typed from small word lists,
 * so that the examples test stage 09 alone, whatever stage 06 finds.
 */
export interface ExampleDoc {
  text: string;
  article: Article;
  sentences: Sentence[];
  mentions: Mention[];
  dates: DateMention[];
}

const COUNTRIES: Record<string, string> = {
  ukraine: 'UKR', 'u.s.': 'USA', us: 'USA', 'united states': 'USA', 'the united states': 'USA', 'the us': 'USA', 'the u.s.': 'USA', america: 'USA',
  russia: 'RUS', france: 'FRA', germany: 'DEU', 'the united kingdom': 'GBR', 'united kingdom': 'GBR', poland: 'POL', iran: 'IRN', israel: 'ISR',
  lebanon: 'LBN', rwanda: 'RWA', switzerland: 'CHE', 'saudi arabia': 'SAU', moldova: 'MDA', guyana: 'GUY', tunisia: 'TUN', china: 'CHN', turkey: 'TUR', alaska: 'USA',
};
const PLACES: Record<string, string> = { kyiv: 'UKR', washington: 'USA', moscow: 'RUS', ankara: 'TUR', beijing: 'CHN', riyadh: 'SAU', munich: 'DEU', beirut: 'LBN' };
const DEMONYMS: Record<string, string> = {
  ukrainian: 'UKR', american: 'USA', russian: 'RUS', british: 'GBR', brazilian: 'BRA', nigerian: 'NGA', tunisian: 'TUN', syrian: 'SYR',
  filipino: 'PHL', french: 'FRA', german: 'DEU', israeli: 'ISR', turkish: 'TUR', chinese: 'CHN', us: 'USA', 'u.s.': 'USA',
};
const BODIES: Record<string, string | null> = {
  'the european union': 'EU', 'european union': 'EU', eu: 'EU', congress: 'USA', hamas: null, suspilne: 'UKR', suspline: 'UKR',
  'the trump administration': null, 'trump administration': null, 'the biden administration': null, 'biden administration': null,
};
const PRONOUNS = new Set(['he', 'him', 'his', 'she', 'her']);
const GROUPS = /^(?:some\s+)?(?:democrats|republicans|european allies|nato allies)$/iu;
const OFFICIALS = /\b(?:officials|official|diplomats|lawmakers|activists|rebels|negotiators|commander)$/iu;
const TITLE = /\b(?:leader|president|minister|secretary|commander|mayor|envoy|adviser|chancellor)\b/iu;

function qualifiersIn(text: string, start: number): Qualifier[] {
  const out: Qualifier[] = [];
  for (const m of text.matchAll(/[\p{L}.]+/gu)) {
    const w = m[0].toLowerCase();
    const bare = w.replace(/\.$/u, '');
    const code = DEMONYMS[w] ?? COUNTRIES[w] ?? DEMONYMS[bare] ?? COUNTRIES[bare];
    if (code) out.push({ start: start + (m.index ?? 0), end: start + (m.index ?? 0) + m[0].length, code, rule: 'test-qualifier' });
  }
  return out;
}

function mentionOf(text: string, start: number, end: number): Mention[] {
  const t = text.slice(start, end);
  const lower = t.toLowerCase();
  const base = { start, end, text: t, rule: 'test-bracket', sentence: 0, context: 'body' as const };
  if (PRONOUNS.has(lower)) return [{ ...base, kind: 'pronoun' }];
  if (COUNTRIES[lower]) return [{ ...base, kind: 'country', code: COUNTRIES[lower] }];
  if (PLACES[lower]) return [{ ...base, kind: 'place', code: PLACES[lower], metonym: true }];
  if (DEMONYMS[lower]) return [{ ...base, kind: 'nationality', code: DEMONYMS[lower] }];
  if (lower in BODIES) {
    const code = BODIES[lower];
    return [{ ...base, kind: 'organization', ...(code ? { code } : {}) }];
  }
  if (GROUPS.test(t)) return [{ ...base, kind: 'group', plural: true }];
  const qualifiers = qualifiersIn(t, start);
  const nested: Mention[] = qualifiers.map((q) => ({ ...base, start: q.start, end: q.end, text: text.slice(q.start, q.end), kind: 'nationality', code: q.code }));
  if (OFFICIALS.test(t) && !/^the\s/iu.test(t)) {
    const admin = /^(.*administration)\s+officials$/iu.exec(t);
    const possessor = admin?.[1] ? { start, end: start + admin[1].length } : undefined;
    const org: Mention[] = possessor ? [{ ...base, end: possessor.end, text: text.slice(start, possessor.end), kind: 'organization' }] : [];
    return [{ ...base, kind: 'anonymous', plural: /s$/u.test(t), qualifiers, ...(possessor ? { possessor } : {}) }, ...nested, ...org];
  }
  if (TITLE.test(t) && /^the\s/iu.test(t)) return [{ ...base, kind: 'title', role: t.replace(/^the\s+/iu, ''), qualifiers, leader: /leader|president/iu.test(t), determiner: 'the' }, ...nested];
  return [{ ...base, kind: 'person' }];
}

/** Builds the layers stage 09 reads from a bracket-marked example. */
export function exampleDoc(marked: string, published: string | null = null): ExampleDoc {
  let text = '';
  const spans: { start: number; end: number }[] = [];
  for (const part of marked.split(/(\[[^\]]+\])/u)) {
    if (part.startsWith('[') && part.endsWith(']')) {
      spans.push({ start: text.length, end: text.length + part.length - 2 });
      text += part.slice(1, -1);
    } else {
      text += part;
    }
  }
  const sentences: Sentence[] = [];
  let from = 0;
  for (const m of text.matchAll(/[.!?][”"]?\s+(?=[\p{Lu}“"[])/gu)) {
    const end = (m.index ?? 0) + m[0].trimEnd().length;
    sentences.push({ start: from, end, tokenStart: 0, tokenEnd: 0, rule: 'test-split' });
    from = (m.index ?? 0) + m[0].length;
  }
  sentences.push({ start: from, end: text.trimEnd().length, tokenStart: 0, tokenEnd: 0, rule: 'test-split' });
  const mentions = spans.flatMap((s) => mentionOf(text, s.start, s.end)).map((m) => ({ ...m, sentence: Math.max(0, sentences.findIndex((s) => m.start >= s.start && m.end <= s.end)) }));
  const article: Article = {
    id: contentId('art', 'example', text), pageId: contentId('page', 'example'), source: 'example', segment: 0, pageStart: 0, pageEnd: text.length,
    outlet: null, title: null, url: null, byline: null, published, publishedBasis: published ? 'given' : 'unknown',
    evidence: { outlet: null, title: null, byline: null, published: null }, text, removed: [], duplicateOf: null, derivedFrom: null,
  };
  return { text, article, sentences, mentions, dates: findDates(text, published) };
}
