import type { Contradiction, ContradictionSide } from '../../model/claim.js';
import type { Quote } from '../../model/quote.js';
import { contentId } from '../../pipeline/ids.js';
import type { CheckContext } from './input.js';
import { SAME_QUOTE_OVERLAP } from './quote-claims.js';
import { forEachPair, indexByScope, later } from './pair-index.js';
import { idOverlap } from './quote-pairs.js';
import { isFragmentOf } from './quote-words.js';
import { articleLabel, sideAt } from './spans.js';

/** Short quoted phrases (scare quotes, a remark's key words) are where rewording changes the claim. */
const MAX_WORDS = 6;

/**
 * One speaker's remark quoted in different words by different articles: two short direct quotes
 * of the same speaker that share a content word, are not the same quote (overlap < 0.5) and are
 * not a fragment of one another, on the same day when both are dated.
 */
export function wordingContradictions(ctx: CheckContext): Contradiction[] {
  const quotes = ctx.model.quotes.filter((q) => q.kind === 'direct' && q.speaker !== null && ctx.articles.has(q.article) && ctx.quoteText(q).words.length <= MAX_WORDS);
  const texts = quotes.map(ctx.quoteText);
  // One speaker's short quotes sharing a content word: that speaker's index of words.
  const index = indexByScope(quotes.length, (i) => quotes[i]!.speaker, (i) => texts[i]!.rare);
  const groups = new Map<string, { a: Quote[]; b: Quote[]; wa: string; wb: string }>();
  const search = forEachPair(quotes.length, (i, add) => texts[i]!.rare.forEach((w) => later(index.get(quotes[i]!.speaker!, w), i, add)), (i, j) => {
    const [a, b] = [quotes[i]!, quotes[j]!];
    if (a.article === b.article || a.speaker !== b.speaker) return;
    if (a.date !== null && b.date !== null && a.date !== b.date) return;
    const [ta, tb] = [texts[i]!, texts[j]!];
    if (idOverlap(ta.ids, tb.ids) >= SAME_QUOTE_OVERLAP || isFragmentOf(ta.content, tb.content) || isFragmentOf(tb.content, ta.content)) return;
    const [wa, wb] = [ta.words.join(' '), tb.words.join(' ')];
    const [first, second, qa, qb] = wa < wb ? [wa, wb, a, b] : [wb, wa, b, a];
    const key = `${a.speaker}|${first}|${second}`;
    const group = groups.get(key) ?? { a: [], b: [], wa: first, wb: second };
    if (!group.a.includes(qa)) group.a.push(qa);
    if (!group.b.includes(qb)) group.b.push(qb);
    groups.set(key, group);
  });
  ctx.searched('wording', search);
  const names = new Map(ctx.model.actors.map((x) => [x.id, x.name]));
  return [...groups.values()].map((g) => {
    const side = (q: Quote): ContradictionSide => sideAt(ctx.articles.get(q.article)!, q.start, q.end, 'direct-quote', q.text);
    const where = (qs: Quote[]): string => qs.map((q) => articleLabel(ctx.articles.get(q.article)!)).join(', ');
    const speaker = names.get(g.a[0]!.speaker!) ?? g.a[0]!.speakerText ?? 'one speaker';
    return {
      id: contentId('contradiction', 'wording', ...[...g.a, ...g.b].map((q) => q.id)),
      kind: 'wording' as const,
      note: `${speaker} quoted in different words: "${g.a[0]!.text}" in ${where(g.a)}; "${g.b[0]!.text}" in ${where(g.b)}.`,
      sides: [...g.a.map(side), ...g.b.map(side)],
      rule: 'same-speaker-short-quote-reworded',
    };
  });
}
