/** Day arithmetic on 'YYYY-MM-DD' strings in UTC, so no local time zone shifts a date. */

const DAY_MS = 86_400_000;

export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;
export const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'] as const;

export function toDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function dayMs(day: string): number {
  return Date.parse(`${day}T00:00:00Z`);
}

export function addDays(day: string, n: number): string {
  return toDay(dayMs(day) + n * DAY_MS);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(day: string): number {
  return new Date(dayMs(day)).getUTCDay();
}

/** The Monday that starts the (ISO) week holding `day`. */
export function mondayOf(day: string): string {
  return addDays(day, -((weekdayOf(day) + 6) % 7));
}

export function monthStart(year: number, month0: number): string {
  return toDay(Date.UTC(year, month0, 1));
}

export function monthEnd(year: number, month0: number): string {
  return toDay(Date.UTC(year, month0 + 1, 0));
}

/** Year and zero-based month of a day. */
export function yearMonth(day: string): { year: number; month0: number } {
  return { year: Number(day.slice(0, 4)), month0: Number(day.slice(5, 7)) - 1 };
}

/** Whole days from `a` to `b` (positive when b is later). */
export function daysBetween(a: string, b: string): number {
  return Math.round((dayMs(b) - dayMs(a)) / DAY_MS);
}
