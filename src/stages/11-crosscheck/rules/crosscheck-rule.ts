/**
 * A piece of linguistic knowledge of stage 11 as data: an id that the contradictions it makes
 * record, the reason it exists, texts it must fire on and texts it must not. Every example runs
 * as a test.
 */
export interface CrossCheckRule {
  id: string;
  reason: string;
  /** Regular expression with the `g` flag. */
  pattern: RegExp;
  examples: readonly string[];
  counterExamples: readonly string[];
}

/** An outcome phrase: +1 reads the talks as advancing or done, −1 as failing. */
export interface OutcomeRule extends CrossCheckRule {
  polarity: 1 | -1;
}

/** A list of lower-case words, with examples of what it must and must not hold. */
export interface WordListRule {
  id: string;
  reason: string;
  words: readonly string[];
  examples: readonly string[];
  counterExamples: readonly string[];
}
