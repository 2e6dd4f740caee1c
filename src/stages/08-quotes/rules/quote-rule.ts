import type { QuoteKind } from '../../../model/quote.js';

/** A sentence a rule must fire on, with the quote it must yield there. */
export interface QuoteExample {
  text: string;
  /** The quote text the rule must produce (characters between the marks, or the reported clause). */
  quote: string;
  kind: QuoteKind;
  /** The words that name the speaker in `text`, when the example pins them. */
  speaker?: string;
}

/**
 * A piece of linguistic knowledge as data: an id that every quote it makes records in `why`, the
 * reason it exists, sentences it must fire on and sentences it must not. Every example runs through
 * `findQuotes` as a test.
 */
export interface QuoteRule {
  id: string;
  reason: string;
  examples: readonly QuoteExample[];
  counterExamples: readonly string[];
}

/** A rule that is a list of words or phrases, compared lower-case. */
export interface WordsRule extends QuoteRule {
  words: readonly string[];
}

/** Defines a rule list; the identity function keeps literal ids and checks the shape. */
export function defineRules<R extends QuoteRule>(rules: readonly R[]): readonly R[] {
  return rules;
}

/**
 * A rule that stops quoted words from becoming a quote. `examples` are sentences where it must
 * fire and the quoted words it must block; `counterExamples` are look-alikes it must leave alone.
 */
export interface BlockRule {
  id: string;
  reason: string;
  examples: readonly { text: string; blocked: string }[];
  counterExamples: readonly QuoteExample[];
}
