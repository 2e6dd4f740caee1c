import type { Article } from '../model/article.js';

/**
 * The articles as they stood on a date: those published on or before it. Undated articles
 * are left out under an as-of date, since nothing says they had appeared by then.
 */
export function filterAsOf(articles: readonly Article[], asOf: string | null): Article[] {
  if (asOf === null) return [...articles];
  return articles.filter((a) => a.published !== null && a.published <= asOf);
}
