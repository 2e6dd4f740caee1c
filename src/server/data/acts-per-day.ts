import { z } from 'zod';
import type { TimelineEntry } from '../../model/event.js';

/** How many acts of each PLOVER type happened on one day: the rows of the stacked bar chart. */
export const ActsOnDay = z.object({ date: z.string(), counts: z.record(z.string(), z.number().int()) });
export type ActsOnDay = z.infer<typeof ActsOnDay>;

/** Dated acts counted per day and type, in date order (an act reported by several articles counts once). */
export function actsPerDay(acts: readonly TimelineEntry[]): ActsOnDay[] {
  const days = new Map<string, Record<string, number>>();
  for (const act of acts) {
    if (act.date === null) continue;
    const counts = days.get(act.date) ?? {};
    counts[act.type] = (counts[act.type] ?? 0) + 1;
    days.set(act.date, counts);
  }
  return [...days].sort(([a], [b]) => a.localeCompare(b)).map(([date, counts]) => ({ date, counts }));
}
