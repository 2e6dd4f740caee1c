import type { ArticleFilter } from './store.js';
import { ARTICLE_COLUMNS } from './article-row.js';
import { StoreError } from './store-error.js';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The parameterised SELECT for `listArticles`: filters become WHERE terms, never spliced values. */
export function articleQuery(filter: ArticleFilter = {}): { sql: string; params: unknown[] } {
  const where: string[] = [];
  const params: unknown[] = [];
  const bind = (value: unknown) => `$${params.push(value)}`;
  if (filter.outlet !== undefined) where.push(`outlet = ${bind(filter.outlet)}`);
  if (filter.since !== undefined) where.push(`published >= ${bind(day('since', filter.since))}::date`);
  if (filter.until !== undefined) where.push(`published <= ${bind(day('until', filter.until))}::date`);
  let sql = `SELECT ${ARTICLE_COLUMNS} FROM articles`;
  if (where.length > 0) sql += ` WHERE ${where.join(' AND ')}`;
  // id last only to make ties deterministic.
  sql += ' ORDER BY published ASC NULLS LAST, source, segment, id';
  if (filter.limit !== undefined) {
    if (!Number.isInteger(filter.limit) || filter.limit < 0) {
      throw new StoreError('E_STORE_FILTER', `limit must be a whole number ≥ 0, got ${filter.limit}`, 'pass --limit N');
    }
    sql += ` LIMIT ${bind(filter.limit)}`;
  }
  return { sql, params };
}

function day(name: string, value: string): string {
  if (!DAY.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) {
    throw new StoreError('E_STORE_FILTER', `${name} must be a date as YYYY-MM-DD, got "${value}"`, `e.g. --${name} 2025-03-01`);
  }
  return value;
}
