import { QUOTE_FUNCTION_WORDS } from './rules/function-words.js';

const FUNCTION = new Set(QUOTE_FUNCTION_WORDS.words);

/**
 * The words of a quote as the gold scorer compares them: outer quote marks, trailing punctuation
 * and a leading "that" stripped, lower-cased, curly apostrophes straightened.
 */
export function quoteWords(text: string): string[] {
  const trimmed = text.trim().replace(/^["“”‘’']+|["“”‘’']+$/g, '').replace(/[.,;:!?…"“”‘’']+$/g, '').replace(/^that\s+/i, '');
  return [...trimmed.toLowerCase().replace(/’/g, "'").matchAll(/[\p{L}\p{N}]+(?:['.-][\p{L}\p{N}]+)*/gu)].map((m) => m[0]);
}

/** Token overlap over union, the gold's quote-matching measure. */
export function wordOverlap(a: readonly string[], b: readonly string[]): number {
  return setOverlap(new Set(a), new Set(b));
}

/** `wordOverlap` of word sets built once: corpus-wide checks compare each quote many times. */
export function setOverlap(sa: ReadonlySet<string>, sb: ReadonlySet<string>): number {
  const [small, big] = sa.size <= sb.size ? [sa, sb] : [sb, sa];
  let inter = 0;
  for (const w of small) if (big.has(w)) inter++;
  const union = sa.size + sb.size - inter;
  return union === 0 ? 0 : inter / union;
}

/** The words of a quote that are not function words. */
export function contentWords(words: readonly string[]): Set<string> {
  return new Set(words.filter((w) => !FUNCTION.has(w)));
}

/** Whether every content word of `small` is in `big`: a shorter quote of the same words. */
export function isFragmentOf(small: ReadonlySet<string>, big: ReadonlySet<string>): boolean {
  if (small.size === 0) return false;
  for (const w of small) if (!big.has(w)) return false;
  return true;
}
