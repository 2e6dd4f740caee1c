import { mix32 } from './hash.js';

/**
 * Hand-written MinHash. MEASURED.md timed it at 13–16 MB/s against 2.4–2.6 MB/s for the
 * `bloom-filters` package and 0.4–0.5 MB/s for `minhash`: 5–30× faster, so no dependency.
 */
export interface MinHasher {
  readonly size: number;
  /** The signature of a set of 32-bit shingle hashes; all 0xffffffff for an empty set. */
  signature(shingles: ArrayLike<number>): Uint32Array;
}

/** Creates a MinHasher with `size` hash functions drawn from a fixed seed, so signatures are stable across runs. */
export function createMinHasher(size = 128, seed = 0x2545f491): MinHasher {
  const seeds = new Uint32Array(size);
  let s = seed >>> 0;
  for (let i = 0; i < size; i++) {
    // mulberry32 step: a small PRNG is enough to draw independent seeds.
    s = (s + 0x6d2b79f5) >>> 0;
    seeds[i] = mix32(s);
  }
  return {
    size,
    signature(shingles: ArrayLike<number>): Uint32Array {
      const sig = new Uint32Array(size).fill(0xffffffff);
      for (let j = 0; j < shingles.length; j++) {
        const x = shingles[j]!;
        for (let i = 0; i < size; i++) {
          // x ^ seed then mix32 is a bijection per seed: a random permutation of the shingle space.
          const v = mix32(x ^ seeds[i]!);
          if (v < sig[i]!) sig[i] = v;
        }
      }
      return sig;
    },
  };
}

/** The share of positions where two signatures agree: an unbiased estimate of the sets' Jaccard. */
export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  const n = Math.min(a.length, b.length);
  if (n === 0) return 0;
  let same = 0;
  for (let i = 0; i < n; i++) if (a[i] === b[i]) same++;
  return same / n;
}
