import type { DateMention } from '../../../model/event.js';

/** What a rule knows when it resolves an expression. */
export interface DateContext {
  /** The article's publication date, or null when unknown. */
  published: string | null;
  /** The last day-precise date found earlier in the same text ("hours later" needs it). */
  previousDay: string | null;
}

/** A rule's reading of one expression: everything of a DateMention but the span, text and rule. */
export type DateReading = Omit<DateMention, 'start' | 'end' | 'text' | 'rule'>;

/** One example: the text, its publication date, the expression the rule must find and what it means. */
export interface DateExample {
  text: string;
  published: string | null;
  expression: string;
  date?: string | null;
  from?: string | null;
  to?: string | null;
}

/**
 * A date-expression rule as data: the pattern that finds it (group `expr` is the expression when
 * present, else the whole match), how it resolves, why, examples and counter-examples.
 */
export interface DateRule {
  id: string;
  reason: string;
  pattern: RegExp;
  read: (match: RegExpExecArray, ctx: DateContext) => DateReading | null;
  examples: readonly DateExample[];
  counterExamples: readonly string[];
}

/** A reading that could not be anchored: the expression is kept, its day stays unknown. */
export function unanchored(precision: DateReading['precision'], tense: DateReading['tense'], basis: string): DateReading {
  return { date: null, from: null, to: null, precision, tense, anchor: 'none', basis };
}
