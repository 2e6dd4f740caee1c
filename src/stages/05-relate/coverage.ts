import { WINDOW_WORDS } from './article-units.js';
import type { Word } from './words.js';

/** Share of the text's windows of WINDOW_WORDS words that hold part of a shared unit. */
export function coverage(words: readonly Word[], spans: readonly { start: number; end: number }[]): number {
  const windows = Math.ceil(words.length / WINDOW_WORDS);
  if (windows === 0) return 0;
  const hit = new Set<number>();
  for (const s of spans) {
    for (let w = wordAt(words, s.start); w < words.length && words[w]!.start < s.end; w++) hit.add(Math.floor(w / WINDOW_WORDS));
  }
  return hit.size / windows;
}

// Index of the first word ending after `offset` (binary search).
function wordAt(words: readonly Word[], offset: number): number {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
