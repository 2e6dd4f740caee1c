/** One example for a resolution rule: a single article, or several articles resolved together. */
export type ResolutionExample = string | readonly string[];

/**
 * A resolution rule as data: the id actors record in `why`, the reason, and texts on which it
 * must and must not fire. Every example runs through stages 06 and 07 as a test.
 */
export interface ResolutionRule {
  id: string;
  reason: string;
  examples: readonly ResolutionExample[];
  counterExamples: readonly ResolutionExample[];
}
