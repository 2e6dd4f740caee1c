import type { TriggerMatch } from './event-argument.js';
import { inLongQuote } from './quote-spans.js';
import { TRIGGER_RULES } from './rules/triggers.js';
import type { TriggerRule } from './rules/trigger-rule.js';
import type { SentenceView } from './sentence-view.js';

function passesContext(view: SentenceView, rule: TriggerRule, start: number, end: number): boolean {
  const text = view.text;
  if (rule.notBefore?.test(text.slice(Math.max(view.start, start - 40), start))) return false;
  if (rule.before && !rule.before.test(text.slice(view.start, start))) return false;
  const rest = text.slice(end, view.end);
  if (rule.after && !rule.after.test(rest)) return false;
  if (rule.notAfter?.test(rest)) return false;
  const sentence = text.slice(view.start, view.end);
  if (rule.sentenceHas && !rule.sentenceHas.test(sentence)) return false;
  if (rule.sentenceLacks?.test(sentence)) return false;
  return rule.inQuotes === true || !inLongQuote(view.quotes, start);
}

/** A raw match of one rule anywhere in the article, before any sentence context is checked. */
export interface RawTrigger {
  match: TriggerMatch;
  order: number;
}

/** Runs every rule once over the whole article text (cheaper than once per sentence), in text order. */
export function scanTriggers(text: string, rules: readonly TriggerRule[] = TRIGGER_RULES): RawTrigger[] {
  const found: RawTrigger[] = [];
  rules.forEach((rule, order) => {
    for (const m of text.matchAll(rule.pattern)) {
      const group = m.groups?.t;
      const start = (m.index ?? 0) + (group !== undefined ? m[0].indexOf(group) : 0);
      const end = start + (group ?? m[0]).length;
      found.push({ match: { rule, start, end, text: text.slice(start, end) }, order });
    }
  });
  return found.sort((a, b) => a.match.start - b.match.start);
}

/**
 * The triggers of one sentence among the article's raw matches. Quoted speech longer than a
 * scare quote is the speaker's and is skipped; where two triggers overlap the longer wins, then
 * the rule listed first.
 */
export function findTriggers(view: SentenceView, raw: readonly RawTrigger[] = scanTriggers(view.text)): TriggerMatch[] {
  const found = raw.filter(({ match: m }) => m.start >= view.start && m.end <= view.end && passesContext(view, m.rule, m.start, m.end));
  found.sort((a, b) => (b.match.end - b.match.start) - (a.match.end - a.match.start) || a.order - b.order);
  const kept: TriggerMatch[] = [];
  for (const { match } of found) {
    if (kept.some((k) => match.start < k.end && k.start < match.end)) continue;
    kept.push(match);
  }
  return kept.sort((a, b) => a.start - b.start);
}
