import type { Article } from '../../model/article.js';
import type { Contradiction, ContradictionSide } from '../../model/claim.js';
import { contentId } from '../../pipeline/ids.js';
import { findDisputes, findMoney, sameAmount, type MoneyMention } from './find-amounts.js';
import type { CheckContext } from './input.js';
import { articleLabel, clauseAround, sideAt } from './spans.js';

/**
 * Clauses asserting a disputed figure that one dispute is set against, nearest in time first.
 * A round figure ("$1 million") recurs across a large corpus; unbounded, every dispute of it would
 * list every article that names it, and the output would grow as disputes times mentions. Past
 * twenty-five, more clauses add length, not evidence; the minerals-deal corpus stays far below.
 */
const MAX_ASSERTIONS = 25;

interface Placed {
  article: Article;
  /** The article's position in the input: sides keep input order. */
  order: number;
  money: MoneyMention;
}

/**
 * An amount asserted by one source and disputed by another ("$500 billion" against "nowhere near
 * that sum"): the dispute's clause, then the clauses of the corpus that assert the same figure,
 * found by value in one sorted list per currency rather than by reading every amount per dispute.
 */
export function amountContradictions(ctx: CheckContext): Contradiction[] {
  const articles = [...ctx.articles.values()];
  const money = new Map(articles.map((a) => [a.id, findMoney(a.text)]));
  const byCurrency = new Map<string, Placed[]>();
  articles.forEach((article, order) => {
    for (const m of money.get(article.id) ?? []) {
      const list = byCurrency.get(m.currency);
      if (list) list.push({ article, order, money: m });
      else byCurrency.set(m.currency, [{ article, order, money: m }]);
    }
  });
  for (const list of byCurrency.values()) list.sort((x, y) => x.money.value - y.money.value);
  const out: Contradiction[] = [];
  for (const article of articles) {
    for (const dispute of findDisputes(article.text, money.get(article.id) ?? [])) {
      const clause = clauseAround(article.text, dispute.start, dispute.end);
      const sides: ContradictionSide[] = [sideAt(article, clause.start, clause.end, dispute.rule, `disputes ${dispute.amount.text}`)];
      const asserting = sameFigure(byCurrency.get(dispute.amount.currency) ?? [], dispute.amount)
        .filter((p) => !(p.article.id === article.id && p.money.start >= clause.start && p.money.end <= clause.end));
      for (const p of nearest(article, asserting)) {
        const c = clauseAround(p.article.text, p.money.start, p.money.end);
        sides.push(sideAt(p.article, c.start, c.end, 'money-amount', p.money.text));
      }
      if (sides.length < 2) continue;
      const asserted = [...new Set(sides.slice(1).map((s) => articleLabel(ctx.articles.get(s.article)!)))].join(', ');
      out.push({
        id: contentId('contradiction', 'amount', article.id, String(dispute.start)),
        kind: 'amount',
        note: `${dispute.amount.text} is asserted in ${asserted} and disputed in ${articleLabel(article)}: "${article.text.slice(dispute.start, dispute.end)}".`,
        sides, rule: dispute.rule,
      });
    }
  }
  return out;
}

/** The amounts of a list sorted by value that `sameAmount` matches with `amount` (within 1 %, so in [0.99 v, v / 0.99]). */
function sameFigure(sorted: readonly Placed[], amount: MoneyMention): Placed[] {
  // A little below 0.99 v, so rounding never skips one; sameAmount decides.
  const from = amount.value * 0.98;
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.money.value < from) lo = mid + 1;
    else hi = mid;
  }
  const out: Placed[] = [];
  for (let i = lo; i < sorted.length && sorted[i]!.money.value <= amount.value / 0.98; i++) {
    if (sameAmount(sorted[i]!.money, amount)) out.push(sorted[i]!);
  }
  return out;
}

/** The MAX_ASSERTIONS assertions nearest in time to the disputing article (same article first, undated last), in input order. */
function nearest(article: Article, asserting: readonly Placed[]): Placed[] {
  const at = article.published ? Date.parse(article.published) : NaN;
  const distance = (p: Placed): number => {
    if (p.article.id === article.id) return -1;
    const t = p.article.published ? Date.parse(p.article.published) : NaN;
    return Number.isNaN(at) || Number.isNaN(t) ? Infinity : Math.abs(t - at);
  };
  const byPlace = (x: Placed, y: Placed): number => x.order - y.order || x.money.start - y.money.start;
  const kept = asserting.length <= MAX_ASSERTIONS ? [...asserting] : [...asserting].sort((x, y) => distance(x) - distance(y) || byPlace(x, y)).slice(0, MAX_ASSERTIONS);
  return kept.sort(byPlace);
}
