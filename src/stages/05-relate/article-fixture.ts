import type { Article } from '../../model/article.js';

/** For tests only: an article around a text, with the metadata a test cares about. */
export function testArticle(id: string, text: string, extra: Partial<Article> = {}): Article {
  return {
    id, pageId: `page-${id}`, source: `${id}.txt`, segment: 0, pageStart: 0, pageEnd: text.length, outlet: null, title: null,
    url: null, byline: null, published: null, publishedBasis: 'unknown', evidence: { outlet: null, title: null, byline: null, published: null },
    text, removed: [], duplicateOf: null, derivedFrom: null, ...extra,
  };
}
