import type { Article } from '../../model/article.js';
import { contentId } from '../../pipeline/ids.js';

/** A minimal article around a plain text, for tests and evaluations that start from files. */
export function plainArticle(text: string, source = 'inline', segment = 0): Article {
  return {
    id: contentId('art', source, String(segment), text), pageId: contentId('page', source), source, segment,
    pageStart: 0, pageEnd: text.length, outlet: null, title: null, url: null, byline: null, published: null,
    publishedBasis: 'unknown', evidence: { outlet: null, title: null, byline: null, published: null },
    text, removed: [], duplicateOf: null, derivedFrom: null,
  };
}
