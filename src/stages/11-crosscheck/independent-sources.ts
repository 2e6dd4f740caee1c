import { independentOutlets, type ArticleRelation, type IndependentSource, type SourceRelations } from '../../model/relation.js';

/**
 * `independentOutlets` for many small groups: each call sees only the relation rows it reads
 * (the group's articles and their roots), so a corpus of thousands of claims does not rebuild an
 * index of every article per claim.
 */
export function createSourceCounter(relations: SourceRelations): (articleIds: readonly string[]) => IndependentSource[] {
  const byId = new Map(relations.articles.map((r) => [r.article, r]));
  return (articleIds) => {
    const rows = new Map<string, ArticleRelation>();
    for (const id of articleIds) {
      const row = byId.get(id);
      if (!row) continue;
      rows.set(id, row);
      const root = byId.get(row.root);
      if (root) rows.set(row.root, root);
    }
    return independentOutlets({ ...relations, articles: [...rows.values()] }, articleIds);
  };
}
