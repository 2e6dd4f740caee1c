import type { ArticleUnits } from './article-units.js';
import { findGroup, groupKeys } from './key-groups.js';

/** In how many articles of the corpus each unit occurs: what is shared by two only is rare. */
export interface CorpusStats {
  /** Articles per 4-gram, read by binary search: a corpus holds millions of them. */
  grams: { get(gram: number): number | undefined };
  names: Map<string, number>;
  numbers: Map<string, number>;
  sources: Map<string, number>;
}

/** Counts document frequencies over the articles compared (duplicates left out, so copies do not dilute rarity). */
export function countCorpusStats(units: readonly ArticleUnits[]): CorpusStats {
  const grams = groupKeys(units.map((u) => u.grams.keys));
  const stats: CorpusStats = {
    grams: {
      get: (gram) => {
        const g = findGroup(grams, gram);
        return g < 0 ? undefined : grams.start[g + 1]! - grams.start[g]!;
      },
    },
    names: new Map(), numbers: new Map(), sources: new Map(),
  };
  const bump = <K>(map: Map<K, number>, key: K): void => {
    map.set(key, (map.get(key) ?? 0) + 1);
  };
  for (const u of units) {
    for (const k of u.names.keys()) bump(stats.names, k);
    for (const k of u.numbers.keys()) bump(stats.numbers, k);
    for (const k of new Set(u.sources.map(sourceKey))) bump(stats.sources, k);
  }
  return stats;
}

/** A source description's identity: its content words, sorted. */
export function sourceKey(unit: { keys: readonly string[] }): string {
  return [...new Set(unit.keys)].sort().join(' ');
}

/** Weight of a unit found in `df` articles: 1 when only the pair shares it, less the more others do. */
export function rarity(df: number | undefined): number {
  return 1 / Math.max(1, (df ?? 2) - 1);
}
