/**
 * A piece of linguistic knowledge of stage 05 as data: an id that evidence records, the reason it
 * exists, texts it must fire on and texts it must not. Every example runs as a test.
 */
export interface RelateRule {
  id: string;
  reason: string;
  examples: readonly string[];
  counterExamples: readonly string[];
}

/** A rule that finds spans with a regular expression (flags must include `g`). */
export interface PatternRule extends RelateRule {
  pattern: RegExp;
}

/** A rule that is a list of lower-case words. */
export interface WordsRule extends RelateRule {
  words: readonly string[];
}
