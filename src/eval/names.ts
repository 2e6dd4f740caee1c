import { foldCase } from '../text/fold-case.js';

/**
 * How gold and system names compare (SPEC "Gold files"): case and diacritics ignored, and so
 * are curly apostrophes, runs of spaces and punctuation around the name.
 */
export function normaliseName(s: string): string {
  return foldCase(s).replace(/[’‘]/gu, "'").replace(/\s+/gu, ' ').replace(/^[\s"'“”.,;:]+|[\s"'“”.,;:]+$/gu, '');
}
