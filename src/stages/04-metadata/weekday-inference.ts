import { WEEKDAY_NAMES } from './rules/weekday-rules.js';
import { onOrAfter } from './calendar.js';

/** The publication day a set of mentioned weekdays points to, given a day it cannot precede. */
export interface WeekdayInference {
  date: string;
  /** The weekday taken as the day of publication (Sunday = 0). */
  latestDay: number;
  /** Other readings as likely as this one (when the mentioned days spread evenly over the week). */
  alternatives: string[];
}

/**
 * News names days of the past week by weekday, so the mentioned weekdays form a run inside
 * one week and the publication day is the last of them. The last is the weekday followed by
 * the longest gap to the next mentioned one, going round the week ({Wed, Thu} → Thu;
 * {Sat, Sun, Mon} → Mon). It is placed on the first such day on or after `anchor`, so every
 * mentioned weekday falls inside the 7 days ending at the publication day.
 *
 * @example inferFromWeekdays([3, 4], '2025-02-15') // { date: '2025-02-20', latestDay: 4, … }
 */
export function inferFromWeekdays(days: readonly number[], anchor: string): WeekdayInference | null {
  const distinct = [...new Set(days)].sort((a, b) => a - b);
  if (distinct.length === 0) return null;
  const gapAfter = (i: number): number => {
    const d = distinct[i]!;
    const next = distinct[(i + 1) % distinct.length]!;
    return distinct.length === 1 ? 7 : (next - d + 7) % 7;
  };
  const widest = Math.max(...distinct.map((_, i) => gapAfter(i)));
  // Several weekdays can end an equally wide gap; the earliest placement is the cautious pick.
  const readings = distinct
    .filter((_, i) => gapAfter(i) === widest)
    .map((day) => ({ day, date: onOrAfter(anchor, day) }))
    .sort((a, b) => a.date.localeCompare(b.date));
  const [first, ...rest] = readings;
  if (!first) return null;
  return { date: first.date, latestDay: first.day, alternatives: rest.map((r) => `${r.date} (${WEEKDAY_NAMES[r.day]})`) };
}
