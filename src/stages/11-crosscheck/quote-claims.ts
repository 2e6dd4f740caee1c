import type { Claim } from '../../model/claim.js';
import type { Quote } from '../../model/quote.js';
import { contentId } from '../../pipeline/ids.js';
import { independentOutlets } from '../../model/relation.js';
import type { CheckContext } from './input.js';
import { quotePairs } from './quote-pairs.js';
import { contentWords, isFragmentOf, quoteWords, wordOverlap } from './quote-words.js';

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
  const words = quotes.map((q) => quoteWords(q.text));
  const content = words.map(contentWords);
  const parent = quotes.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const why = new Map<number, Set<string>>();
  for (const [i, j] of quotePairs(content)) {
    const rule = sameQuote(quotes[i]!, quotes[j]!, words[i]!, words[j]!, content[i]!, content[j]!);
    if (!rule) continue;
    const [a, b] = [find(i), find(j)];
    parent[Math.max(a, b)] = Math.min(a, b);
    why.set(Math.min(a, b), new Set([...(why.get(a) ?? []), ...(why.get(b) ?? []), rule]));
  }
  const groups = new Map<number, number[]>();
  quotes.forEach((_, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), i]));
  const claims: Claim[] = [];
  for (const [root, members] of groups) {
    const articleIds = [...new Set(members.map((i) => quotes[i]!.article))];
    if (articleIds.length < 2) continue;
    const sources = independentOutlets(ctx.relations, articleIds);
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

/** The rule by which two quotes of different articles are the same words, or null. */
function sameQuote(a: Quote, b: Quote, wa: string[], wb: string[], ca: Set<string>, cb: Set<string>): string | null {
  if (a.article === b.article) return null;
  if (a.speaker !== null && b.speaker !== null && a.speaker !== b.speaker) return null;
  if (wordOverlap(wa, wb) >= SAME_QUOTE_OVERLAP) return 'quote-overlap';
  const sameSpeaker = a.speaker !== null && a.speaker === b.speaker;
  const [small, big, shortWords] = ca.size <= cb.size ? [ca, cb, wa.length] : [cb, ca, wb.length];
  // A fragment needs two content words, or is a scare-quoted word or phrase ("dictator") of a longer quote of that speaker.
  const enough = small.size >= 2 || shortWords <= FRAGMENT_MAX_WORDS;
  if (sameSpeaker && enough && isFragmentOf(small, big)) return 'quote-fragment';
  return null;
}
