import { DATE_RULES, MONTHS, WEEKDAYS } from './rules/date-rules.js';

/** A date the text gives for a statement, and the words it rests on. */
export interface SpeechDate {
  date: string | null;
  text: string;
  rule: string;
}

const DAY_MS = 86_400_000;
const toMs = (iso: string): number => Date.parse(`${iso}T00:00:00Z`);
const fromMs = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** The most recent day on or before `published` that falls on `weekday` (Sunday = 0). */
export function weekdayOnOrBefore(published: string, weekday: number): string {
  const d = new Date(toMs(published)).getUTCDay();
  return fromMs(toMs(published) - ((d - weekday + 7) % 7) * DAY_MS);
}

function resolve(rule: string, groups: Record<string, string | undefined>, published: string | null): string | null {
  if (rule === 'date-weekday') {
    const wd = WEEKDAYS.indexOf((groups.weekday ?? '').toLowerCase() as (typeof WEEKDAYS)[number]);
    return published && wd >= 0 ? weekdayOnOrBefore(published, wd) : null;
  }
  if (rule === 'date-today') {
    if (!published) return null;
    return (groups.relative ?? '').toLowerCase() === 'yesterday' ? fromMs(toMs(published) - DAY_MS) : published;
  }
  const month = MONTHS.indexOf((groups.month ?? '').slice(0, 3).toLowerCase() as (typeof MONTHS)[number]) + 1;
  const year = groups.year ?? published?.slice(0, 4);
  const day = Number(groups.day);
  if (!year || month < 1 || day < 1 || day > 31) return null;
  const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return Number.isNaN(toMs(iso)) || fromMs(toMs(iso)) !== iso ? null : iso;
}

/**
 * The date a frame states for a statement ("told reporters on Wednesday"), resolved against the
 * article's publication date; a weekday with no publication date stays null.
 */
export function speechDate(frameText: string, published: string | null): SpeechDate | null {
  for (const rule of DATE_RULES) {
    const m = rule.pattern.exec(frameText);
    if (m) return { date: resolve(rule.id, m.groups ?? {}, published), text: m[0], rule: rule.id };
  }
  return null;
}
