import type { Article } from '../../model/article.js';
import type { SourceRelations } from '../../model/relation.js';

/** Copies stage 05's links onto the articles (`duplicateOf`, `derivedFrom`), as the export contract carries them. */
export function applyRelations(articles: readonly Article[], relations: SourceRelations): Article[] {
  const by = new Map(relations.articles.map((r) => [r.article, r]));
  return articles.map((a) => ({ ...a, duplicateOf: by.get(a.id)?.duplicateOf ?? null, derivedFrom: by.get(a.id)?.derivedFrom ?? null }));
}
