/** 32-bit FNV-1a of a string: fast, good enough to index words and shingles. */
export function fnv1a(text: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** MurmurHash3's finaliser: a bijection on 32-bit integers that mixes every bit. */
export function mix32(x: number): number {
  let h = x >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Hash of a run of word hashes, order-sensitive. */
export function combine32(hashes: ArrayLike<number>, from: number, count: number, seed = 0x9747b28c): number {
  let h = seed;
  for (let i = from; i < from + count; i++) h = mix32((Math.imul(h, 31) + (hashes[i] ?? 0)) >>> 0);
  return h;
}

/**
 * A 52-bit key for a run of words (two independent 32-bit hashes): collisions among a few million
 * n-grams stay negligible, unlike with 32 bits.
 */
export function combine52(hashes: ArrayLike<number>, from: number, count: number): number {
  const hi = combine32(hashes, from, count, 0x9747b28c) >>> 12;
  const lo = combine32(hashes, from, count, 0x1b873593);
  return hi * 0x1_0000_0000 + lo;
}
