/**
 * Keys in more items than this carry no signal ("said", one speaker's every quote with "people")
 * and would make a corpus-wide check quadratic again: their buckets are dropped.
 */
export const MAX_BUCKET = 400;

/** Files item `i` under every key of `keysOf(i)`: item indices (ascending) by key; buckets over `maxBucket` are dropped. */
export function indexByKey(n: number, keysOf: (i: number) => Iterable<string>, maxBucket = MAX_BUCKET): Map<string, number[]> {
  const buckets = new Map<string, number[]>();
  for (let i = 0; i < n; i++) {
    for (const key of keysOf(i)) {
      const list = buckets.get(key);
      if (list === undefined) buckets.set(key, [i]);
      else if (list[list.length - 1] !== i) list.push(i);
    }
  }
  for (const [key, list] of buckets) if (list.length > maxBucket) buckets.delete(key);
  return buckets;
}

/** Item indices (ascending) by scope, then key: one speaker's quotes by word, without building a string per pair of the two. */
export interface ScopedIndex {
  get(scope: string, key: string): readonly number[] | undefined;
}

/** Files item `i` under every key of `keysOf(i)` within its scope `scopeOf(i)` (none when null); buckets over `maxBucket` are dropped. */
export function indexByScope(n: number, scopeOf: (i: number) => string | null, keysOf: (i: number) => Iterable<string>, maxBucket = MAX_BUCKET): ScopedIndex {
  const scopes = new Map<string, Map<string, number[]>>();
  for (let i = 0; i < n; i++) {
    const scope = scopeOf(i);
    if (scope === null) continue;
    let byKey = scopes.get(scope);
    if (!byKey) scopes.set(scope, (byKey = new Map()));
    for (const key of keysOf(i)) {
      const list = byKey.get(key);
      if (list === undefined) byKey.set(key, [i]);
      else if (list[list.length - 1] !== i) list.push(i);
    }
  }
  for (const byKey of scopes.values()) for (const [key, list] of byKey) if (list.length > maxBucket) byKey.delete(key);
  return { get: (scope, key) => scopes.get(scope)?.get(key) };
}

/** What one candidate search did: tests check it grows with shared keys, not with the corpus squared. */
export interface PairSearch {
  /** Distinct pairs handed to `visit`: the comparisons the check makes. */
  pairs: number;
}

/**
 * Calls `visit(i, j)` once for every i < j that `scan(i, add)` proposes with `add(j)`, in order of
 * i then j. Deduplicates with one array of n stamps: no set of all pairs is ever built.
 * @example forEachPair(n, (i, add) => later(index.get(key(i)), i, add), (i, j) => compare(i, j))
 */
export function forEachPair(n: number, scan: (i: number, add: (j: number) => void) => void, visit: (i: number, j: number) => void): PairSearch {
  const stamp = new Int32Array(n).fill(-1);
  const found: number[] = [];
  let i = 0;
  const add = (j: number): void => {
    if (j <= i || stamp[j] === i) return;
    stamp[j] = i;
    found.push(j);
  };
  let pairs = 0;
  for (; i < n; i++) {
    found.length = 0;
    scan(i, add);
    found.sort((a, b) => a - b);
    for (const j of found) visit(i, j);
    pairs += found.length;
  }
  return { pairs };
}

/** Adds the items of an ascending bucket that come after `i`, from the end: the earlier ones were paired when they were `i`. */
export function later(bucket: readonly number[] | undefined, i: number, add: (j: number) => void): void {
  if (bucket === undefined) return;
  for (let x = bucket.length - 1; x >= 0 && bucket[x]! > i; x--) add(bucket[x]!);
}
