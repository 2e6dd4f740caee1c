import { z } from 'zod';
import type { Outlook, OutlookTrend } from '../../model/deal.js';

/** The outlook of one day: the mean of that day's article signals. */
export const OutlookDay = z.object({ date: z.string(), score: z.number(), articles: z.number().int() });
export type OutlookDay = z.infer<typeof OutlookDay>;

/** The deal model's own trend when it has one, else the mean score per publication day; undated signals cannot be placed. */
export function outlookByDate(points: readonly Outlook[], trend: OutlookTrend | null): OutlookDay[] {
  if (trend && trend.points.length > 0) return trend.points;
  const days = new Map<string, number[]>();
  for (const p of points) if (p.date !== null) days.set(p.date, [...(days.get(p.date) ?? []), p.score]);
  return [...days].sort(([a], [b]) => a.localeCompare(b)).map(([date, scores]) => ({ date, score: scores.reduce((s, x) => s + x, 0) / scores.length, articles: scores.length }));
}

/** Words for a score on the −1 (collapse) … +1 (signed) scale of SPEC.md. */
export function outlookLabel(score: number): string {
  if (score <= -0.6) return 'collapse';
  if (score <= -0.2) return 'in trouble';
  if (score < 0.2) return 'uncertain';
  if (score < 0.6) return 'progressing';
  return score >= 0.95 ? 'signed' : 'close to a deal';
}
