/**
 * Share of the weight of shared units that keeps the same order in both texts: the heaviest
 * subsequence increasing in both positions, over the total weight. 0 below three units, where
 * order says nothing. Weighted, so a common phrase matched out of place costs little.
 */
export function orderAgreement(units: readonly { a: number; b: number; weight: number }[]): number {
  if (units.length < 3) return 0;
  const sorted = [...units].sort((x, y) => x.a - y.a || x.b - y.b);
  const total = sorted.reduce((s, u) => s + u.weight, 0);
  if (total <= 0) return 0;
  // O(n²) heaviest increasing subsequence: pairs have at most a few hundred shared units.
  const best: number[] = [];
  let top = 0;
  sorted.forEach((u, i) => {
    let w = u.weight;
    for (let k = 0; k < i; k++) if (sorted[k]!.b < u.b && sorted[k]!.a < u.a) w = Math.max(w, best[k]! + u.weight);
    best.push(w);
    top = Math.max(top, w);
  });
  return top / total;
}
