import { createRuleMatcher, matchRule } from './match-rule.js';
import { AMOUNT_DISPUTES, MONEY } from './rules/amount-disputes.js';

/** A money amount in an article's text, with its value in currency units. */
export interface MoneyMention {
  start: number;
  end: number;
  text: string;
  value: number;
  currency: string;
}

/** A dispute of an amount: the words that dispute it and the amount they point at. */
export interface AmountDispute {
  start: number;
  end: number;
  rule: string;
  amount: MoneyMention;
}

const SCALE: Record<string, number> = { trillion: 1e12, tn: 1e12, billion: 1e9, bn: 1e9, million: 1e6, m: 1e6, thousand: 1e3, k: 1e3 };
/** How far back a dispute without an amount of its own looks for the amount it disputes (about two sentences). */
const ANTECEDENT_CHARS = 300;
const disputeMatches = createRuleMatcher(AMOUNT_DISPUTES.map((r) => r.pattern));

/** Every money amount of a text, with its value. */
export function findMoney(text: string): MoneyMention[] {
  return [...matchRule(MONEY.pattern, text)].map((m) => {
    const number = Number((m[1] ?? m[3] ?? '0').replace(/,/g, ''));
    const scale = SCALE[(m[2] ?? m[4] ?? '').toLowerCase()] ?? 1;
    const word = m[0].toLowerCase();
    const currency = word.includes('€') || word.includes('euro') ? 'EUR' : word.includes('£') || word.includes('pound') ? 'GBP' : 'USD';
    return { start: m.index, end: m.index + m[0].length, text: m[0], value: number * scale, currency };
  });
}

/** Disputes of amounts in a text: the rules of `rules/amount-disputes.ts`, each tied to the amount it disputes. */
export function findDisputes(text: string, money: readonly MoneyMention[]): AmountDispute[] {
  const out: AmountDispute[] = [];
  const found = disputeMatches(text);
  AMOUNT_DISPUTES.forEach((rule, k) => {
    for (const m of found[k]!) {
      const start = m.index;
      const end = start + m[0].length;
      const own = money.find((x) => x.start >= start && x.end <= end);
      const before = money.filter((x) => x.end <= start && start - x.end <= ANTECEDENT_CHARS).pop();
      const amount = own ?? before;
      if (amount) out.push({ start, end, rule: rule.id, amount });
    }
  });
  return out;
}

/** Whether two amounts are the same figure (same currency, within 1 %). */
export function sameAmount(a: MoneyMention, b: MoneyMention): boolean {
  return a.currency === b.currency && Math.abs(a.value - b.value) <= 0.01 * Math.max(a.value, b.value);
}
