const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * The calendar day a machine-readable date states, as YYYY-MM-DD, or null.
 * The day is read as written where possible, so `2025-03-01T23:30:00-05:00` stays the 1st
 * (the publisher's day), not the UTC day after.
 * @example toIsoDay('Fri, 28 Feb 2025 17:04:00 GMT') // '2025-02-28'
 */
export function toIsoDay(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const text = value.trim();
  if (text === '') return null;
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?![\d])/.exec(text);
  if (iso) return day(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const rfc822 = /^(?:[A-Za-z]{3,9},?\s+)?(\d{1,2})\s+([A-Za-z]{3})[A-Za-z]*\.?\s+(\d{4})\b/.exec(text);
  if (rfc822) return day(Number(rfc822[3]), MONTHS.indexOf(rfc822[2]!.toLowerCase()) + 1, Number(rfc822[1]));
  if (text.length > 64) return null;
  const parsed = new Date(text);
  if (Number.isNaN(parsed.getTime())) return null;
  // A stated zone makes the UTC day meaningful; without one, Date read the text as local time.
  const zoned = /(?:Z|[+-]\d{2}:?\d{2}|\b(?:GMT|UTC))\s*$/i.test(text);
  return fromDate(parsed, zoned);
}

function fromDate(date: Date, utc: boolean): string | null {
  if (Number.isNaN(date.getTime())) return null;
  return utc
    ? day(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate())
    : day(date.getFullYear(), date.getMonth() + 1, date.getDate());
}

function day(year: number, month: number, dayOfMonth: number): string | null {
  if (year < 1800 || year > 2200 || month < 1 || month > 12 || dayOfMonth < 1) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (dayOfMonth > daysInMonth) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(dayOfMonth).padStart(2, '0')}`;
}
