/** Words in more quotes than this are too common to propose a pair on their own. */
const MAX_POSTING = 400;

/**
 * Pairs of quotes (i < j) that share a content word: every check on quotes needs one shared word,
 * so this keeps corpus-wide checks from comparing every quote with every other.
 */
export function quotePairs(content: readonly ReadonlySet<string>[]): [number, number][] {
  const postings = new Map<string, number[]>();
  content.forEach((words, i) => {
    for (const w of words) {
      const list = postings.get(w);
      if (list) list.push(i);
      else postings.set(w, [i]);
    }
  });
  const seen = new Set<number>();
  const pairs: [number, number][] = [];
  const n = content.length;
  for (const list of postings.values()) {
    if (list.length < 2 || list.length > MAX_POSTING) continue;
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const key = list[x]! * n + list[y]!;
        if (seen.has(key)) continue;
        seen.add(key);
        pairs.push([list[x]!, list[y]!]);
      }
    }
  }
  return pairs.sort((p, q) => p[0] - q[0] || p[1] - q[1]);
}
