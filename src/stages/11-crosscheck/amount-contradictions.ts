import type { Contradiction, ContradictionSide } from '../../model/claim.js';
import { contentId } from '../../pipeline/ids.js';
import { findDisputes, findMoney, sameAmount } from './find-amounts.js';
import type { CheckContext } from './input.js';
import { articleLabel, clauseAround, sideAt } from './spans.js';

/**
 * An amount asserted by one source and disputed by another ("$500 billion" against "nowhere near
 * that sum"): the dispute's clause, then every clause of the corpus that asserts the same figure.
 */
export function amountContradictions(ctx: CheckContext): Contradiction[] {
  const money = new Map([...ctx.articles.values()].map((a) => [a.id, findMoney(a.text)]));
  const out: Contradiction[] = [];
  for (const article of ctx.articles.values()) {
    for (const dispute of findDisputes(article.text, money.get(article.id) ?? [])) {
      const clause = clauseAround(article.text, dispute.start, dispute.end);
      const sides: ContradictionSide[] = [sideAt(article, clause.start, clause.end, dispute.rule, `disputes ${dispute.amount.text}`)];
      for (const other of ctx.articles.values()) {
        for (const m of money.get(other.id) ?? []) {
          const insideDispute = other.id === article.id && m.start >= clause.start && m.end <= clause.end;
          if (insideDispute || !sameAmount(m, dispute.amount)) continue;
          const c = clauseAround(other.text, m.start, m.end);
          sides.push(sideAt(other, c.start, c.end, 'money-amount', m.text));
        }
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
