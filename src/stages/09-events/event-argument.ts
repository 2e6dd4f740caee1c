import type { EventArgument } from '../../model/event.js';
import type { ArgUnit } from './argument-units.js';
import type { TriggerRule } from './rules/trigger-rule.js';
import { STAFF_NOUNS } from './rules/word-lists.js';
import type { SentenceView } from './sentence-view.js';
import { wordSet } from './text-window.js';
import { wordsAfterUnit } from './unit-roles.js';

const STAFF = wordSet(STAFF_NOUNS.words);

/** One trigger found in a sentence. */
export interface TriggerMatch {
  rule: TriggerRule;
  start: number;
  end: number;
  text: string;
}

/** The argument record of a name: its head mention's span, kind and code, and the rule that chose it. */
export function toArgument(view: SentenceView, unit: ArgUnit, rule: string): EventArgument {
  const head = unit.head;
  const staffOf = unit.possessive && !unit.possessivePronoun && wordsAfterUnit(view, unit).some((w) => STAFF.has(w));
  return {
    start: head.start, end: head.end, text: view.text.slice(head.start, head.end), kind: head.kind,
    code: head.code ?? unit.codes[0]?.code ?? null, rule, staffOf,
    possessor: unit.possessor,
  };
}

/** "American and Ukrainian officials": each country word of a joint group is one side. */
export function sidesOf(view: SentenceView, unit: ArgUnit, rule: string): EventArgument[] {
  const codes = unit.codes.filter((q, i, all) => all.findIndex((o) => o.code === q.code) === i);
  if (unit.head.kind !== 'anonymous' || !unit.head.plural || codes.length < 2) return [];
  return codes.map((q) => ({ start: q.start, end: q.end, text: view.text.slice(q.start, q.end), kind: 'nationality', code: q.code, rule, staffOf: false, possessor: null }));
}
