import { combine32 } from './hash.js';

/**
 * Candidate pairs by locality-sensitive hashing: signatures cut into `bands` bands; two items
 * sharing one band's values become a candidate. With 128 = 32 × 4 the pair-finding curve
 * 1 − (1 − J⁴)³² passes 0.5 near J = 0.42 and reaches 0.99 at J = 0.59, below our threshold.
 */
export function lshCandidates(signatures: readonly Uint32Array[], bands = 32): [number, number][] {
  const size = signatures[0]?.length ?? 0;
  const rows = Math.floor(size / bands);
  const seen = new Set<number>();
  const pairs: [number, number][] = [];
  for (let band = 0; band < bands && rows > 0; band++) {
    const buckets = new Map<number, number[]>();
    signatures.forEach((sig, item) => {
      if (sig[0] === 0xffffffff) return; // empty text: no shingles, nothing to match
      const key = combine32(sig, band * rows, rows);
      const bucket = buckets.get(key);
      if (bucket) bucket.push(item);
      else buckets.set(key, [item]);
    });
    for (const bucket of buckets.values()) {
      for (let i = 0; i < bucket.length; i++) {
        for (let j = i + 1; j < bucket.length; j++) {
          const a = bucket[i]!;
          const b = bucket[j]!;
          const key = a * signatures.length + b;
          if (seen.has(key)) continue;
          seen.add(key);
          pairs.push([a, b]);
        }
      }
    }
  }
  return pairs;
}
