import { correctTitleTypo } from './gazetteer.js';
import { TITLE_TYPO } from './rules/titles.js';
import type { Scan } from './scan.js';
import { Shape } from './text-work.js';

/** Reads long capitalised non-words as the office word they misspell ("Sectetary"). */
export function correctTypos(scan: Scan): void {
  const { work } = scan;
  for (let i = 0; i < work.n; i += 1) {
    const lower = work.lower[i] ?? '';
    if (work.shape[i] !== Shape.CAP || lower.length < 7 || scan.g.longestFrom.has(lower) || work.english(i)) continue;
    const fixed = correctTitleTypo(lower, scan.g);
    if (fixed) {
      scan.corrected.set(i, fixed);
      work.fired.add(TITLE_TYPO.id);
    }
  }
  // Phrases were read before the corrections; read them again.
  if (scan.corrected.size > 0) scan.phrasesAt.fill(undefined);
}
