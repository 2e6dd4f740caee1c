/**
 * Items grouped by a key, in their order. (Map.groupBy arrives in Node 21; Parley runs on 20.)
 * Stages read "the mentions of this article" through this, never by filtering the corpus' list
 * for each article, which grows with the square of the corpus.
 */
export function groupBy<T, K>(items: Iterable<T>, key: (item: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}
