/** Word keys as ascending ids, one numbering per corpus, so two units' shared keys are one merge of two short arrays. */
export type KeyIds = (keys: Iterable<string>) => Int32Array;

/**
 * Creates one corpus's numbering of word keys: every unit of a corpus must be numbered by the same one.
 * @example const ids = createKeyIds(); overlap(ids(['a', 'deal']), ids(['deal']))
 */
export function createKeyIds(): KeyIds {
  const numbers = new Map<string, number>();
  return (keys) => {
    const out: number[] = [];
    for (const k of keys) {
      let id = numbers.get(k);
      if (id === undefined) numbers.set(k, (id = numbers.size));
      out.push(id);
    }
    const sorted = Int32Array.from(out).sort();
    let n = 0;
    for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[n++] = sorted[i]!;
    return sorted.slice(0, n);
  };
}
