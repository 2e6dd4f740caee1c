import type { ArticleUnits } from './article-units.js';

/** Up to this many articles every pair is compared; beyond, only pairs that share rare 4-grams. */
export const ALL_PAIRS_UP_TO = 300;
/** 4-grams in more articles than this are too common to propose a pair. */
const MAX_GRAM_DF = 50;
/** Shared rare 4-grams that make two articles worth comparing. */
const MIN_SHARED_GRAMS = 3;

/** The pairs of articles to compare, as index pairs (i < j), in a stable order. */
export function candidatePairs(units: readonly ArticleUnits[], allPairsUpTo = ALL_PAIRS_UP_TO): [number, number][] {
  const n = units.length;
  const pairs: [number, number][] = [];
  if (n <= allPairsUpTo) {
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) pairs.push([i, j]);
    return pairs;
  }
  const postings = new Map<number, number[]>();
  units.forEach((u, i) => {
    for (const h of u.allGrams) {
      const list = postings.get(h);
      if (list) list.push(i);
      else postings.set(h, [i]);
    }
  });
  const counts = new Map<number, number>();
  for (const list of postings.values()) {
    if (list.length < 2 || list.length > MAX_GRAM_DF) continue;
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const key = list[x]! * n + list[y]!;
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
    }
  }
  for (const [key, count] of counts) if (count >= MIN_SHARED_GRAMS) pairs.push([Math.floor(key / n), key % n]);
  return pairs.sort((p, q) => p[0] - q[0] || p[1] - q[1]);
}
