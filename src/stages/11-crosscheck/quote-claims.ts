import type { Claim } from '../../model/claim.js';
import type { Quote } from '../../model/quote.js';
import { contentId } from '../../pipeline/ids.js';
import { createSourceCounter } from './independent-sources.js';
import type { CheckContext } from './input.js';
import { forEachPair, indexByScope, later, type PairSearch } from './pair-index.js';
import { compatibleSpeakers, createOverlapSearch, idOverlap, type QuoteText } from './quote-pairs.js';
import { isFragmentOf } from './quote-words.js';

/** Quotes whose words overlap this much (over union) are the same quote, as SPEC.md pairs them with gold. */
export const SAME_QUOTE_OVERLAP = 0.5;
/** Scare quotes of up to this many words may join a longer quote of the same speaker on one content word. */
const FRAGMENT_MAX_WORDS = 3;

/**
 * Groups quotes of different articles that are the same words — token overlap ≥ 0.5, or a
 * fragment (two content words, or a short scare quote) inside a longer quote of the same speaker — and keeps
 * the groups that at least `minOutlets` independent outlets report.
 */
export function quoteClaims(ctx: CheckContext, minOutlets: number): Claim[] {
  const quotes = ctx.model.quotes.filter((q) => ctx.articles.has(q.article));
  const { groups, why, search } = sameQuoteGroups(quotes, quotes.map(ctx.quoteText));
  ctx.searched('same-quote', search);
  const sourcesOf = createSourceCounter(ctx.relations);
  const claims: Claim[] = [];
  for (const [root, members] of groups) {
    const articleIds = [...new Set(members.map((i) => quotes[i]!.article))];
    if (articleIds.length < 2) continue;
    const sources = sourcesOf(articleIds);
    if (sources.length < minOutlets) continue;
    const first = quotes[members[0]!]!;
    claims.push({
      id: contentId('claim', 'quote', ...members.map((i) => quotes[i]!.id)),
      kind: 'quote', text: first.text, speaker: members.map((i) => quotes[i]!.speaker).find((s) => s !== null) ?? null,
      type: null, source: null, target: null, date: members.map((i) => quotes[i]!.date).find((d) => d !== null) ?? null,
      supports: members.map((i) => {
        const q = quotes[i]!;
        return { article: q.article, text: q.text, start: q.start, end: q.end, quote: q.id, event: null };
      }),
      outlets: sources.length, sources, why: [...(why.get(root) ?? [])].sort(),
    });
  }
  return claims;
}

/**
 * Quotes joined into groups of the same words (by index, each group keyed by its smallest member),
 * the rules that joined each group, and how many pairs were compared. Candidates come from
 * indexes, never from all pairs: quotes that may overlap ≥ 0.5 (`createOverlapSearch`), and, for
 * fragments, which need one speaker, the shorter quote's rarest content word among that speaker's
 * quotes holding it, looked up both ways round (every word of a fragment is in the longer quote).
 */
export function sameQuoteGroups(quotes: readonly Quote[], texts: readonly QuoteText[]): { groups: Map<number, number[]>; why: Map<number, Set<string>>; search: PairSearch } {
  const n = quotes.length;
  const facts = quoteFacts(quotes);
  const overlapping = createOverlapSearch(texts, SAME_QUOTE_OVERLAP, (i) => compatibleSpeakers(quotes[i]!.speaker));
  const speakerOf = (i: number): string | null => quotes[i]!.speaker;
  const holding = indexByScope(n, speakerOf, (i) => texts[i]!.rare);
  const rarest = indexByScope(n, speakerOf, (i) => (fragmentable(texts[i]!) ? texts[i]!.rare.slice(0, 1) : []));
  const parent = quotes.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const why = new Map<number, Set<string>>();
  const search = forEachPair(n, (i, add) => {
    overlapping(i, add);
    const s = speakerOf(i);
    const t = texts[i]!;
    if (s === null || t.rare.length === 0) return;
    if (fragmentable(t)) later(holding.get(s, t.rare[0]!), i, add);
    for (const w of t.rare) later(rarest.get(s, w), i, add);
  }, (i, j) => {
    const rule = sameQuote(facts, texts, i, j);
    if (!rule) return;
    const [a, b] = [find(i), find(j)];
    parent[Math.max(a, b)] = Math.min(a, b);
    why.set(Math.min(a, b), new Set([...(why.get(a) ?? []), ...(why.get(b) ?? []), rule]));
  });
  const groups = new Map<number, number[]>();
  quotes.forEach((_, i) => {
    const root = find(i);
    const members = groups.get(root);
    if (members) members.push(i);
    else groups.set(root, [i]);
  });
  return { groups, why, search };
}

/** Article and speaker of each quote as small integers (speaker -1 when unknown): compared once per candidate pair. */
function quoteFacts(quotes: readonly Quote[]): { article: Int32Array; speaker: Int32Array } {
  const ids = new Map<string, number>();
  const idOf = (x: string): number => {
    let id = ids.get(x);
    if (id === undefined) ids.set(x, (id = ids.size));
    return id;
  };
  return {
    article: Int32Array.from(quotes, (q) => idOf(`a:${q.article}`)),
    speaker: Int32Array.from(quotes, (q) => (q.speaker === null ? -1 : idOf(`s:${q.speaker}`))),
  };
}

// A fragment needs two content words, or is a scare-quoted word or phrase ("dictator") of a longer quote of that speaker.
function fragmentable(t: QuoteText): boolean {
  return t.content.size >= 2 || t.words.length <= FRAGMENT_MAX_WORDS;
}

/** The rule by which quotes i and j (of different articles) are the same words, or null. */
function sameQuote(facts: { article: Int32Array; speaker: Int32Array }, texts: readonly QuoteText[], i: number, j: number): string | null {
  if (facts.article[i] === facts.article[j]) return null;
  const [sa, sb] = [facts.speaker[i]!, facts.speaker[j]!];
  if (sa >= 0 && sb >= 0 && sa !== sb) return null;
  const [ta, tb] = [texts[i]!, texts[j]!];
  if (idOverlap(ta.ids, tb.ids) >= SAME_QUOTE_OVERLAP) return 'quote-overlap';
  if (sa < 0 || sa !== sb) return null;
  // The shorter content (the first on a tie) is the fragment.
  const [small, big] = ta.content.size <= tb.content.size ? [ta, tb] : [tb, ta];
  return fragmentable(small) && isFragmentOf(small.content, big.content) ? 'quote-fragment' : null;
}
