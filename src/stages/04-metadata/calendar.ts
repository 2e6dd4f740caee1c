/** Calendar arithmetic on ISO dates (YYYY-MM-DD), in UTC so no time zone shifts a day. */

const DAY_MS = 86_400_000;

/** The ISO date of a year, month (1–12) and day, or null when there is no such day. */
export function isoDate(year: number, month: number, day: number): string | null {
  const t = Date.UTC(year, month - 1, day);
  const d = new Date(t);
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return d.toISOString().slice(0, 10);
}

/** True for a well-formed ISO date that exists in the calendar. */
export function isIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  return m !== null && isoDate(Number(m[1]), Number(m[2]), Number(m[3])) === s;
}

const toMs = (iso: string): number => Date.parse(`${iso}T00:00:00Z`);
const fromMs = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** Day of the week, Sunday = 0 … Saturday = 6. */
export function weekdayOf(iso: string): number {
  return new Date(toMs(iso)).getUTCDay();
}

export function addDays(iso: string, days: number): string {
  return fromMs(toMs(iso) + days * DAY_MS);
}

/** Whole days from `a` to `b` (negative when `b` is earlier). */
export function daysFrom(a: string, b: string): number {
  return Math.round((toMs(b) - toMs(a)) / DAY_MS);
}

/** The first day on or after `iso` that falls on `weekday` (Sunday = 0). */
export function onOrAfter(iso: string, weekday: number): string {
  return addDays(iso, (weekday - weekdayOf(iso) + 7) % 7);
}

/** The last day on or before `iso` that falls on `weekday` (Sunday = 0). */
export function onOrBefore(iso: string, weekday: number): string {
  return addDays(iso, -((weekdayOf(iso) - weekday + 7) % 7));
}
