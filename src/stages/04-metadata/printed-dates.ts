import * as chrono from 'chrono-node';
import { linesWhere } from '../../text/lines-where.js';
import { isoDate } from './calendar.js';
import { MONTH_WORD, dateShapeRules, futureDateRules } from './rules/date-context-rules.js';
import { copyrightRules } from './rules/credit-rules.js';
import { firstMatch } from './rules/text-rule.js';

/** A calendar day printed in a text: month and day always, the year when printed. */
export interface PrintedDate {
  /** The characters the date was read from. */
  text: string;
  index: number;
  month: number;
  day: number;
  year: number | null;
}

/** A fixed reference so parsing never depends on today's date; implied years are discarded. */
const REFERENCE = new Date(Date.UTC(2000, 0, 1));

/**
 * Full calendar days printed in `text` ("Feb. 15", "Feb. 4, 2025", "4/11/25"). A date without
 * a printed year must spell its month, so "3/4 of the vote" is no date.
 */
export function findPrintedDates(text: string): PrintedDate[] {
  return linesWhere(text, (line) => MAY_HOLD_DATE.test(line) && MONTH_OR_NUMERIC.test(line)).flatMap(({ line, at }) => chrono.strict.parse(line, REFERENCE).flatMap((r) => {
    const c = r.start;
    if (!c.isCertain('month') || !c.isCertain('day')) return [];
    // The parser reads "in three weeks" as a day too; a printed date has a date's shape.
    if (!firstMatch(dateShapeRules, r.text)) return [];
    const yearPrinted = c.isCertain('year');
    if (!yearPrinted && !MONTH_WORD.test(r.text)) return [];
    return [{ text: r.text.trim(), index: at + r.index, month: c.get('month') ?? 0, day: c.get('day') ?? 0, year: yearPrinted ? (c.get('year') ?? null) : null }];
  }));
}

// Every date shape holds a day number beside a month word, or a numeric date; chrono reads only such lines.
const MAY_HOLD_DATE = /\d/u;
const MONTH_OR_NUMERIC = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\d{1,2}[/.-]\d{1,2}[/.-]\d{2}|\d{4}-\d{2}-\d{2}/iu;

/** True when the line speaks of the date as a coming day ("will meet on March 3"). */
export function isFutureDate(lineText: string, date: PrintedDate): boolean {
  return firstMatch(futureDateRules, lineText.slice(0, date.index)) !== null;
}

/** The ISO day of a printed date, with `year` standing in when none was printed. */
export function toIso(date: PrintedDate, year: number | null): string | null {
  const y = date.year ?? year;
  return y === null ? null : isoDate(y, date.month, date.day);
}

/**
 * The ISO day of a printed date on a page. A date printed without its year goes in the year
 * that puts it nearest the page's latest full date (dates on one page lie close together:
 * "Dec. 18" on a page dated "Jan. 8, 2020" is 2019-12-18), else in the copyright year.
 */
export function placeOnPage(date: PrintedDate, year: YearEvidence | null): string | null {
  if (date.year !== null || !year) return toIso(date, year?.year ?? null);
  const near = year.iso;
  if (!near) return toIso(date, year.year);
  const distance = (iso: string): number => Math.abs(Date.parse(iso) - Date.parse(near));
  const options = [year.year - 1, year.year, year.year + 1].flatMap((y) => toIso(date, y) ?? []);
  return options.sort((a, b) => distance(a) - distance(b))[0] ?? null;
}

/** Where a year for yearless dates comes from, strongest first. */
export interface YearEvidence {
  year: number;
  /** `date`: a full date printed with its year; `copyright`: a copyright line's (last) year. */
  source: 'date' | 'copyright';
  text: string;
  /** The full date itself, when the year comes from one. */
  iso: string | null;
}

/**
 * The year the page's yearless dates belong to: the latest year printed in a full date on the
 * page, else the latest copyright year ("© 1998 – 2025" gives 2025). A copyright year alone is
 * never a publication date; it only completes a printed day and month.
 */
export function pageYear(lineTexts: readonly string[]): YearEvidence | null {
  let best: YearEvidence | null = null;
  let bestCopyright: YearEvidence | null = null;
  for (const text of lineTexts) {
    for (const d of findPrintedDates(text)) {
      const iso = d.year === null ? null : toIso(d, null);
      if (d.year !== null && iso && (!best || iso > (best.iso ?? ''))) best = { year: d.year, source: 'date', text: d.text, iso };
    }
    const c = firstMatch(copyrightRules, text);
    if (c) {
      const years = `${c.captures.years ?? ''} ${c.captures.trailingYear ?? ''}`.match(/\d{4}/g) ?? [];
      for (const y of years.map(Number)) {
        if (!bestCopyright || y > bestCopyright.year) bestCopyright = { year: y, source: 'copyright', text: text.trim(), iso: null };
      }
    }
  }
  return best ?? bestCopyright;
}
