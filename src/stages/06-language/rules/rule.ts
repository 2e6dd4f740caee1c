/**
 * A piece of linguistic knowledge as data: an id that output records, why it exists, texts it
 * must fire on and texts it must not. Every example runs as a test through the whole stage.
 */
export interface LanguageRule {
  id: string;
  reason: string;
  examples: readonly string[];
  counterExamples: readonly string[];
}

/** A rule that is a list of words or phrases (lower-case unless `exactCase`). */
export interface WordListRule extends LanguageRule {
  words: readonly string[];
  /** Match only as printed ("US" but never "us"). */
  exactCase?: boolean;
}
