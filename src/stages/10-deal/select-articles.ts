import type { Article } from '../../model/article.js';

/** A bad as-of date: errors are data with a stable code and a hint. */
export class DealOptionError extends Error {
  readonly code = 'E_DEAL_AS_OF';
  constructor(value: string) {
    super(`[E_DEAL_AS_OF] as-of date "${value}" is not a calendar day; use YYYY-MM-DD, e.g. 2025-02-21`);
  }
}

/** Checks an as-of value: YYYY-MM-DD and a real day. */
export function checkAsOf(value: string): string {
  const d = new Date(`${value}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/u.test(value) || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== value) throw new DealOptionError(value);
  return value;
}

/** The articles a deal as of a day may use: published on or before it; undated ones cannot be placed, so they are left out. */
export function selectArticles(articles: readonly Article[], asOf: string | null): { used: Article[]; excluded: { article: string; reason: string }[] } {
  if (!asOf) return { used: [...articles], excluded: [] };
  const used: Article[] = [];
  const excluded: { article: string; reason: string }[] = [];
  for (const a of articles) {
    if (!a.published) excluded.push({ article: a.id, reason: `undated: cannot tell whether it was published by ${asOf}` });
    else if (a.published > asOf) excluded.push({ article: a.id, reason: `published ${a.published}, after ${asOf}` });
    else used.push(a);
  }
  return { used, excluded };
}
