import type { ClassifiedLine, LineKind } from '../../../model/line.js';

/** What the segmenter has seen of the page before the line being tested. */
export interface PageSoFar {
  /** Run-in label lines ("Why it matters: …") seen so far. */
  labelLines: number;
}

/** A small page for a rule's examples: one [kind, text] pair per line. */
/** Example lines as the clean stage leaves them: kind, text and, where it matters, the rule that classified it. */
export type ExamplePage = readonly (readonly [LineKind, string, string?])[];

/** A rule that says a new article starts at a line. */
export interface OpenerRule {
  id: string;
  reason: string;
  /** True when a new article starts at line `at`. */
  opens: (lines: readonly ClassifiedLine[], at: number, page: PageSoFar) => boolean;
  /** Pages on which this rule must open a segment. */
  examples: ExamplePage[];
  /** Pages on which it must not. */
  counterExamples: ExamplePage[];
}
