import type { ClassifiedLine } from '../../model/line.js';

// Shape tests the segmenter needs on classified lines.

const RUN_IN_LABEL = /^\p{Lu}[\p{Ll}’']*(?:,? [\p{Ll}’']+){1,4}: \S/u;
const SENTENCE_END = /[.!?…]["'”’)\]]*$/u;

/** "Why it matters: …", "The big picture: …": an Axios-style run-in label paragraph. */
export function isRunInLabel(text: string): boolean {
  return RUN_IN_LABEL.test(text);
}

/** A body paragraph that reads as prose: ends like a sentence and has at least `minWords` words. */
export function isProse(line: ClassifiedLine | undefined, minWords: number): boolean {
  if (line === undefined || line.kind !== 'body') return false;
  const text = line.text.trim();
  if (!SENTENCE_END.test(text)) return false;
  let words = 1;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 32) words++;
  return words >= minWords;
}

/** Index of the next non-blank line after `at`, or -1. */
export function nextContent(lines: readonly ClassifiedLine[], at: number): number {
  for (let i = at + 1; i < lines.length; i++) if (lines[i]!.kind !== 'blank') return i;
  return -1;
}

/** Index of the nearest non-blank line before `at`, or -1. */
export function prevContent(lines: readonly ClassifiedLine[], at: number): number {
  for (let i = at - 1; i >= 0; i--) if (lines[i]!.kind !== 'blank') return i;
  return -1;
}
