import type { ArticleUnits } from './article-units.js';

/** In how many articles of the corpus each unit occurs: what is shared by two only is rare. */
export interface CorpusStats {
  grams: Map<number, number>;
  names: Map<string, number>;
  numbers: Map<string, number>;
  sources: Map<string, number>;
}

/** Counts document frequencies over the articles compared (duplicates left out, so copies do not dilute rarity). */
export function countCorpusStats(units: readonly ArticleUnits[]): CorpusStats {
  const stats: CorpusStats = { grams: new Map(), names: new Map(), numbers: new Map(), sources: new Map() };
  const bump = <K>(map: Map<K, number>, key: K): void => {
    map.set(key, (map.get(key) ?? 0) + 1);
  };
  for (const u of units) {
    for (const h of u.grams.keys()) bump(stats.grams, h);
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
