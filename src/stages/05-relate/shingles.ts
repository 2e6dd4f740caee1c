import { fnv1a, combine32 } from './hash.js';

/** Shingle size, as in the BBC near-duplicate list (neardup-pairs.jsonl: word 5-shingles). */
export const SHINGLE_WORDS = 5;

const TOKEN = /[\p{L}\p{N}_]+/gu;

/**
 * The distinct word-5-shingles of a text, hashed to 32 bits and sorted: lower-cased `\w+` tokens,
 * the definition the BBC near-duplicate list was computed with, so our measurements compare.
 */
export function shingleHashes(text: string, size = SHINGLE_WORDS): Uint32Array {
  const tokens: number[] = [];
  for (const m of text.toLowerCase().matchAll(TOKEN)) tokens.push(fnv1a(m[0]));
  if (tokens.length < size) return new Uint32Array(0);
  const out = new Uint32Array(tokens.length - size + 1);
  for (let i = 0; i < out.length; i++) out[i] = combine32(tokens, i, size);
  out.sort();
  return dedupeSorted(out);
}

function dedupeSorted(sorted: Uint32Array): Uint32Array {
  let n = 0;
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[n++] = sorted[i]!;
  return sorted.subarray(0, n);
}

/** Size of the intersection of two sorted hash sets. */
export function intersectSorted(a: Uint32Array, b: Uint32Array): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    if (a[i]! < b[j]!) i++;
    else if (a[i]! > b[j]!) j++;
    else {
      n++;
      i++;
      j++;
    }
  }
  return n;
}

/** Exact Jaccard of two sorted shingle sets (0 when either is empty). */
export function jaccardSorted(a: Uint32Array, b: Uint32Array): number {
  if (a.length === 0 || b.length === 0) return 0;
  const inter = intersectSorted(a, b);
  return inter / (a.length + b.length - inter);
}

/** Share of `a`'s shingles that are also in `b` (0 when `a` is empty). */
export function containmentSorted(a: Uint32Array, b: Uint32Array): number {
  return a.length === 0 ? 0 : intersectSorted(a, b) / a.length;
}
