import type { ArticleUnits } from './article-units.js';
import { groupKeys } from './key-groups.js';

/** Up to this many articles every pair is compared; beyond, only pairs that share rare 4-grams. */
export const ALL_PAIRS_UP_TO = 300;
/** 4-grams in more articles than this are too common to propose a pair. */
const MAX_GRAM_DF = 50;
/** Shared rare 4-grams that make two articles worth comparing. */
const MIN_SHARED_GRAMS = 3;

/**
 * The pairs of articles to compare, as index pairs (i < j), in a stable order. Beyond
 * `allPairsUpTo` articles, an inverted index of rare 4-grams: for each article, the later articles
 * sharing at least MIN_SHARED_GRAMS of them, counted in one array of n counters, so no map of all
 * co-occurring pairs is ever built (it grew past a million entries on 4,000 articles).
 */
export function candidatePairs(units: readonly ArticleUnits[], allPairsUpTo = ALL_PAIRS_UP_TO): [number, number][] {
  const n = units.length;
  const pairs: [number, number][] = [];
  if (n <= allPairsUpTo) {
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) pairs.push([i, j]);
    return pairs;
  }
  const groups = groupKeys(units.map((u) => u.allGrams));
  // Each article's rare grams, as the groups (owners ascending) that hold it.
  const rare: number[][] = units.map(() => []);
  for (let g = 0; g + 1 < groups.start.length; g++) {
    const size = groups.start[g + 1]! - groups.start[g]!;
    if (size < 2 || size > MAX_GRAM_DF) continue;
    for (let x = groups.start[g]!; x < groups.start[g + 1]!; x++) rare[groups.owners[x]!]!.push(g);
  }
  const shared = new Int32Array(n);
  const later: number[] = [];
  for (let i = 0; i < n; i++) {
    later.length = 0;
    for (const g of rare[i]!) {
      for (let x = groups.start[g + 1]! - 1; x >= groups.start[g]! && groups.owners[x]! > i; x--) {
        const j = groups.owners[x]!;
        const seen = shared[j]!;
        shared[j] = seen + 1;
        if (seen === 0) later.push(j);
      }
    }
    later.sort((a, b) => a - b);
    for (const j of later) {
      if (shared[j]! >= MIN_SHARED_GRAMS) pairs.push([i, j]);
      shared[j] = 0;
    }
  }
  return pairs;
}
