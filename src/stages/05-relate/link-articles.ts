import type { ArticleRelation, DerivationLink } from '../../model/relation.js';
import type { ArticleUnits } from './article-units.js';
import { outletKey } from './outlet-key.js';

/** Keeps the best derivation links: best first, one original per article, and no cycle (A from B from A). */
export function pickDerivations(found: DerivationLink[]): DerivationLink[] {
  const from = new Map<string, string>();
  const picked: DerivationLink[] = [];
  for (const link of [...found].sort((x, y) => y.score - x.score || (x.article < y.article ? -1 : 1))) {
    if (from.has(link.article)) continue;
    let x: string | undefined = link.from;
    while (x !== undefined && x !== link.article) x = from.get(x);
    if (x === link.article) continue;
    from.set(link.article, link.from);
    picked.push(link);
  }
  return picked;
}

/** What stage 05 says of each article: outlet for counting, its links, and the root it traces back to. */
export function articleRelations(units: readonly ArticleUnits[], duplicateOf: Map<string, string>, derivedFrom: Map<string, string>): ArticleRelation[] {
  const rootOf = (id: string): string => {
    const seen = new Set<string>();
    let x = id;
    while (!seen.has(x)) {
      seen.add(x);
      const next = duplicateOf.get(x) ?? derivedFrom.get(x);
      if (next === undefined) break;
      x = next;
    }
    return x;
  };
  return units.map((u) => ({
    article: u.article.id,
    outlet: outletKey(u.article.outlet),
    duplicateOf: duplicateOf.get(u.article.id) ?? null,
    derivedFrom: derivedFrom.get(u.article.id) ?? null,
    root: rootOf(u.article.id),
  }));
}
