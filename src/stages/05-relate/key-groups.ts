/**
 * The distinct keys of many sets, each with the sets that hold it: an inverted index of hashed
 * n-grams in three typed arrays. Built by one radix pass on the keys' top bits and a small sort per
 * bucket, so a corpus of thousands of articles (millions of n-grams) needs no Map of millions of
 * number keys, which was a third of stage 05's time and stops at 2^24 entries.
 */
export interface KeyGroups {
  /** Distinct keys, ascending. */
  keys: Float64Array;
  /** Group g holds sets owners[start[g]] … owners[start[g + 1] − 1], ascending. */
  start: Int32Array;
  owners: Int32Array;
}

/** Keys are below 2^52 (see combine52): the radix is their top bits. */
const KEY_BITS = 52;

/**
 * Groups the keys of `sets` (set i given as its distinct keys, integers in [0, 2^52)).
 * @example const g = groupKeys(units.map((u) => u.allGrams)); g.start[1] - g.start[0] // sets holding the smallest key
 */
export function groupKeys(sets: readonly Iterable<number>[]): KeyGroups {
  const lists = sets.map((s) => Float64Array.from(s));
  let total = 0;
  for (const list of lists) total += list.length;
  // About 16 keys a bucket: the sort inside a bucket stays short.
  const bits = Math.min(20, Math.max(1, Math.ceil(Math.log2(Math.max(2, total / 16)))));
  const scale = 2 ** (KEY_BITS - bits);
  const bucketOf = (k: number): number => Math.min((1 << bits) - 1, Math.floor(k / scale));
  const begin = new Int32Array((1 << bits) + 1);
  for (const list of lists) for (const k of list) begin[bucketOf(k) + 1]!++;
  for (let b = 0; b < 1 << bits; b++) begin[b + 1]! += begin[b]!;
  const next = begin.slice(0, 1 << bits);
  const keys = new Float64Array(total);
  const owners = new Int32Array(total);
  lists.forEach((list, i) => {
    for (const k of list) {
      const at = next[bucketOf(k)]!++;
      keys[at] = k;
      owners[at] = i;
    }
  });
  // Insertion sort inside each bucket; stable, so a key's owners stay ascending.
  for (let b = 0; b < 1 << bits; b++) {
    for (let x = begin[b]! + 1; x < begin[b + 1]!; x++) {
      const k = keys[x]!;
      const o = owners[x]!;
      let y = x - 1;
      while (y >= begin[b]! && keys[y]! > k) {
        keys[y + 1] = keys[y]!;
        owners[y + 1] = owners[y]!;
        y--;
      }
      keys[y + 1] = k;
      owners[y + 1] = o;
    }
  }
  const starts: number[] = [];
  for (let x = 0; x < total; x++) if (x === 0 || keys[x] !== keys[x - 1]) starts.push(x);
  const start = new Int32Array(starts.length + 1);
  start.set(starts);
  start[starts.length] = total;
  return { keys: Float64Array.from(starts, (x) => keys[x]!), start, owners };
}

/** The group of `key`, or -1 (binary search). */
export function findGroup(groups: KeyGroups, key: number): number {
  let lo = 0;
  let hi = groups.keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (groups.keys[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo < groups.keys.length && groups.keys[lo] === key ? lo : -1;
}
