import type { Article } from '../../model/article.js';
import type { DuplicateLink } from '../../model/relation.js';
import { lshCandidates } from './lsh.js';
import { estimateJaccard } from './minhash.js';
import { normaliseForIdentity } from './normalise-text.js';
import { createUnionFind } from './union-find.js';

/** The per-article inputs the duplicate test reads. */
export interface DuplicateInput {
  article: Article;
  signature: Uint32Array;
}

/**
 * Exact duplicates (same normalised text) and near duplicates (MinHash Jaccard of word
 * 5-shingles ≥ `nearJaccard`), grouped transitively. Each group keeps one canonical article, the
 * earliest published, then the smallest id (so the choice does not depend on input order); the
 * others point to it.
 */
export function findDuplicates(items: readonly DuplicateInput[], nearJaccard: number): DuplicateLink[] {
  const uf = createUnionFind(items.length);
  const exactOf = new Map<string, number>();
  const normalised = items.map((x) => normaliseForIdentity(x.article.text));
  normalised.forEach((text, i) => {
    if (text === '') return; // an empty article copies nothing
    const first = exactOf.get(text);
    if (first === undefined) exactOf.set(text, i);
    else uf.union(first, i);
  });
  for (const [a, b] of lshCandidates(items.map((x) => x.signature))) {
    if (estimateJaccard(items[a]!.signature, items[b]!.signature) >= nearJaccard) uf.union(a, b);
  }
  const groups = new Map<number, number[]>();
  items.forEach((_, i) => {
    const root = uf.find(i);
    const g = groups.get(root);
    if (g) g.push(i);
    else groups.set(root, [i]);
  });
  const links: DuplicateLink[] = [];
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    const canonical = [...members].sort((a, b) => compareCanonical(items[a]!.article, items[b]!.article))[0]!;
    for (const m of members) {
      if (m === canonical) continue;
      const exact = normalised[m] === normalised[canonical];
      links.push({
        article: items[m]!.article.id,
        of: items[canonical]!.article.id,
        kind: exact ? 'exact' : 'near',
        jaccard: exact ? 1 : estimateJaccard(items[m]!.signature, items[canonical]!.signature),
        rule: exact ? 'same-normalised-text' : 'minhash-jaccard',
      });
    }
  }
  return links;
}

// Earliest published first (undated last), then the smaller id.
function compareCanonical(a: Article, b: Article): number {
  if (a.published !== b.published) {
    if (a.published === null) return 1;
    if (b.published === null) return -1;
    return a.published < b.published ? -1 : 1;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
