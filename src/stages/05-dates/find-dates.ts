import * as chrono from 'chrono-node';
import { linesWhere } from '../../text/lines-where.js';
import type { DateMention } from '../../model/event.js';
import { CALENDAR_DAY_RULE } from './rules/calendar-day-rule.js';
import { CALENDAR_DATE_RULES } from './rules/calendar-date-rules.js';
import type { DateReading, DateRule } from './rules/date-rule.js';
import { RELATIVE_DATE_RULES } from './rules/relative-date-rules.js';

/** Every regex rule, in the order they claim text (earlier rules win overlaps). */
export const DATE_RULES: readonly DateRule[] = [...RELATIVE_DATE_RULES, ...CALENDAR_DATE_RULES];

/** A chrono result counts only with a month name, or numbers that carry a year ("4/11/25", "2025-02-15"); the relative ones are the rules'. */
const CALENDAR_TEXT = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b|\d{1,2}\/\d{1,2}\/\d{2,4}|\d{4}-\d{2}-\d{2}/u;

interface Found {
  start: number;
  end: number;
  rule: string;
  read: (previousDay: string | null) => DateReading | null;
}

const pad = (n: number): string => String(n).padStart(2, '0');

function calendarDays(text: string, published: string | null): Found[] {
  const instant = published ? new Date(`${published}T12:00:00Z`) : new Date(Date.UTC(2000, 0, 1, 12));
  const out: Found[] = [];
  // A date never spans a line, and a result without CALENDAR_TEXT is dropped anyway: chrono reads only lines that have it.
  for (const { line, at } of linesWhere(text, (line) => CALENDAR_TEXT.test(line))) for (const r of chrono.casual.parse(line, { instant, timezone: 0 }, { forwardDate: false })) {
    const s = r.start;
    if (!s.isCertain('day') || !s.isCertain('month') || !CALENDAR_TEXT.test(r.text)) continue;
    const yearKnown = s.isCertain('year');
    const iso = `${s.get('year') ?? 0}-${pad(s.get('month') ?? 1)}-${pad(s.get('day') ?? 1)}`;
    const reading: DateReading = yearKnown
      ? { date: iso, from: iso, to: iso, precision: 'day', tense: 'past', anchor: 'absolute', basis: `${r.text} as printed` }
      : published
        ? { date: iso, from: iso, to: iso, precision: 'day', tense: iso > published ? 'future' : 'past', anchor: 'publication', basis: `${r.text}, year nearest to publication ${published}` }
        : { date: null, from: null, to: null, precision: 'day', tense: 'past', anchor: 'none', basis: `${r.text} has no year and the publication date is unknown` };
    out.push({ start: at + r.index, end: at + r.index + r.text.length, rule: CALENDAR_DAY_RULE.id, read: () => reading });
  }
  return out;
}

function overlaps(a: { start: number; end: number }, list: readonly Found[]): boolean {
  return list.some((b) => a.start < b.end && b.start < a.end);
}

/** The span of a rule match: its `expr` group when the rule has one, else the whole match. */
function matchSpan(m: RegExpExecArray): { start: number; end: number } {
  return { start: m.index, end: m.index + m[0].length };
}

/** Days Parley places: four-digit years. A printed date can set the publication day to 9999-12-31, and "next week" from there is no day. */
const PLACEABLE_DAY = /^[1-9]\d{3}-\d{2}-\d{2}$/u;

/** A reading whose day falls outside four-digit years (or whose arithmetic throws there) keeps its expression and loses its day. */
function readSafely(f: Found, previousDay: string | null): DateReading | null {
  let reading: DateReading | null;
  try {
    reading = f.read(previousDay);
  } catch (err) {
    if (!(err instanceof RangeError)) throw err;
    return { date: null, from: null, to: null, precision: 'day', tense: 'past', anchor: 'none', basis: 'the day falls outside the years Parley places (1000–9999)' };
  }
  if (!reading) return null;
  const days = [reading.date, reading.from, reading.to].filter((d): d is string => d !== null);
  if (days.every((d) => PLACEABLE_DAY.test(d))) return reading;
  return { ...reading, date: null, from: null, to: null, anchor: 'none', basis: `${reading.basis}; the day falls outside the years Parley places (1000–9999)` };
}

/**
 * Finds and resolves every date expression of a text against its publication date (or null when
 * unknown). "hours later" resolves against the last day-precise date before it.
 */
export function findDates(text: string, published: string | null): DateMention[] {
  const found = calendarDays(text, published);
  for (const rule of DATE_RULES) {
    for (const m of text.matchAll(rule.pattern)) {
      const exec = m as RegExpExecArray;
      const at = matchSpan(exec);
      if (overlaps(at, found)) continue;
      found.push({ ...at, rule: rule.id, read: (previousDay) => rule.read(exec, { published, previousDay }) });
    }
  }
  found.sort((a, b) => a.start - b.start);
  const out: DateMention[] = [];
  let previousDay: string | null = null;
  for (const f of found) {
    const reading = readSafely(f, previousDay);
    if (reading === null) continue;
    out.push({ start: f.start, end: f.end, text: text.slice(f.start, f.end), rule: f.rule, ...reading });
    if (reading.date !== null) previousDay = reading.date;
  }
  return out;
}
