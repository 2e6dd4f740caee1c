import { HEAD_FAMILIES } from '../rules/head-families.js';
import { topicStems, type Term } from './term.js';

const familyOfWord = new Map<string, string>();
const standalone = new Set<string>();
for (const f of HEAD_FAMILIES) {
  for (const w of f.words) familyOfWord.set(w, f.id);
  if (f.standalone) standalone.add(f.id);
}

/** The head family of a term: a listed family, else the head's own stem. */
export function familyOf(t: Pick<Term, 'head'>): string {
  return familyOfWord.get(t.head.lower) ?? familyOfWord.get(t.head.stem) ?? `head:${t.head.stem}`;
}

/** Whether a family's head alone names the issue ("sovereignty", "compensation"). */
export const isStandalone = (family: string): boolean => standalone.has(family);

/** A set of terms that name one issue. */
export interface TermCluster {
  family: string;
  terms: Term[];
}

function find(parent: number[], i: number): number {
  let r = i;
  while (parent[r] !== r) r = parent[r] ?? r;
  parent[i] = r;
  return r;
}

/**
 * Clusters terms into issues: same head family and a modifier or complement word in common
 * (or the same printed name). A term with no modifier joins its family's largest cluster, or
 * the whole family when the family's head alone names the issue.
 */
export function clusterTerms(terms: readonly Term[]): TermCluster[] {
  const byFamily = new Map<string, Term[]>();
  for (const t of terms) {
    const f = familyOf(t);
    const list = byFamily.get(f) ?? [];
    list.push(t);
    byFamily.set(f, list);
  }
  const out: TermCluster[] = [];
  for (const [family, list] of byFamily) {
    const parent = list.map((_, i) => i);
    const owner = new Map<string, number>();
    list.forEach((t, i) => {
      const keys = isStandalone(family) ? ['*'] : [...topicStems(t), `=${t.name.toLowerCase()}`];
      for (const k of keys) {
        const j = owner.get(k);
        if (j === undefined) owner.set(k, i);
        else parent[find(parent, i)] = find(parent, j);
      }
    });
    const groups = new Map<number, Term[]>();
    const bare: Term[] = [];
    list.forEach((t, i) => {
      if (!isStandalone(family) && topicStems(t).length === 0) { bare.push(t); return; }
      const r = find(parent, i);
      groups.set(r, [...(groups.get(r) ?? []), t]);
    });
    const clusters = [...groups.values()].sort((a, b) => b.length - a.length);
    const largest = clusters[0];
    if (largest) largest.push(...bare);
    else if (bare.length > 0) clusters.push(bare);
    for (const c of clusters) out.push({ family, terms: c.sort((a, b) => a.article.localeCompare(b.article) || a.start - b.start) });
  }
  return out;
}
