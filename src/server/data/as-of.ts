import { z } from 'zod';
import type { Article } from '../../model/article.js';
import { ApiError } from '../http/api-error.js';
import { filterAsOf as articlesAsOf } from '../../analysis/as-of.js';

/** What the as-of control did to the article set, so every page can say so. */
export const AsOfInfo = z.object({
  date: z.string().nullable().describe('YYYY-MM-DD, or null for all articles'),
  total: z.number().int().describe('articles in the store'),
  articles: z.number().int().describe('articles in this view'),
  excludedUndated: z.number().int().describe('articles left out because their publication date is unknown'),
  excludedLater: z.number().int().describe('articles left out because they were published after the date'),
});
export type AsOfInfo = z.infer<typeof AsOfInfo>;

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The `asOf` query value as a real calendar day, null when absent; anything else is a 400. */
export function parseAsOf(raw: string | undefined | null): string | null {
  if (raw === undefined || raw === null || raw === '') return null;
  const m = ISO_DAY.exec(raw);
  const day = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  if (!day || day.toISOString().slice(0, 10) !== raw) {
    throw new ApiError(400, 'E_AS_OF', `asOf must be a calendar day YYYY-MM-DD, got '${raw.slice(0, 40)}'`);
  }
  return raw;
}

/** Articles published on or before the date (the library's as-of rule), with what was left out and why. */
export function filterAsOf(articles: readonly Article[], date: string | null): { kept: Article[]; info: AsOfInfo } {
  if (date === null) {
    return { kept: [...articles], info: { date, total: articles.length, articles: articles.length, excludedUndated: 0, excludedLater: 0 } };
  }
  const kept = articlesAsOf(articles, date);
  const excludedUndated = articles.filter((a) => a.published === null).length;
  return {
    kept,
    info: { date, total: articles.length, articles: kept.length, excludedUndated, excludedLater: articles.length - kept.length - excludedUndated },
  };
}
