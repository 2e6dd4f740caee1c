import fc from 'fast-check';
import { DateMention } from '../../model/event.js';
import { findDates } from '../../stages/05-dates/index.js';
import { anyText } from '../arbitraries/weird-text.js';
import { defineFuzzTarget } from '../fuzz-target.js';
import { checkSchema, checkSpanText, invariant, isCalendarDay } from '../invariant.js';

const pad = (n: number): string => String(n).padStart(2, '0');
const MONTHS = ['January', 'Feb.', 'March', 'Apr', 'May', 'June', 'Jul.', 'August', 'Sept.', 'October', 'Nov', 'December'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'Thurs.'];

/** Date expressions of every rule and calendar form, with odd numbers (day 31 of short months, 2- and 5-digit years). */
const dateExpression = fc.oneof(
  fc.tuple(fc.constantFrom(...MONTHS), fc.integer({ min: 0, max: 40 }), fc.option(fc.integer({ min: 0, max: 99_999 }), { nil: undefined })).map(([m, d, y]) => (y === undefined ? `${m} ${d}` : `${m} ${d}, ${y}`)),
  fc.tuple(fc.integer({ min: 0, max: 40 }), fc.constantFrom(...MONTHS), fc.integer({ min: 0, max: 99_999 })).map(([d, m, y]) => `${d} ${m} ${y}`),
  fc.tuple(fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 9999 })).map(([m, d, y]) => `${m}/${d}/${y}`),
  fc.tuple(fc.integer({ min: 0, max: 99_999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 40 })).map(([y, m, d]) => `${y}-${pad(m)}-${pad(d)}`),
  fc.tuple(fc.constantFrom('on', 'last', 'next', 'this', 'since', 'by', 'until', 'early', 'late'), fc.constantFrom(...WEEKDAYS, 'week', 'month', 'year', 'weekend', 'morning', ...MONTHS)).map(([a, b]) => `${a} ${b}`),
  fc.constantFrom('yesterday', 'today', 'tomorrow', 'hours later', 'days later', 'the day before', 'the next day', 'two weeks ago', 'a week earlier', 'earlier this month', 'in 2025', 'in 99999', 'mid-February', 'the 31st', 'Feb. 29', 'February 29, 2100', 'Dec. 32'),
);
const dateText = fc.array(fc.oneof({ weight: 2, arbitrary: dateExpression }, { weight: 3, arbitrary: anyText.map((t) => t.slice(0, 400)) }), { maxLength: 12 }).map((parts) => parts.join(' '));
/** Publication days across the calendar (the 4-digit years an IsoDay can hold), most of them near now, or unknown. */
const published = fc.oneof(
  { weight: 4, arbitrary: fc.date({ min: new Date('1990-01-01'), max: new Date('2040-12-31'), noInvalidDate: true }) },
  { weight: 1, arbitrary: fc.date({ min: new Date('1000-01-01'), max: new Date('9999-12-31'), noInvalidDate: true }) },
).map((d) => d.toISOString().slice(0, 10));

/** The 05-dates resolver on arbitrary text with arbitrary publication dates. */
export const findDatesTarget = defineFuzzTarget({
  name: 'find-dates',
  entry: 'findDates',
  arbitrary: fc.record({ text: fc.oneof({ weight: 3, arbitrary: dateText }, { weight: 1, arbitrary: anyText }), published: fc.option(published, { nil: null, freq: 4 }) }),
  check: ({ text, published }) => {
    const dates = findDates(text, published);
    let last = 0;
    for (const d of dates) {
      checkSpanText(text, d, d.text, `date ${d.rule}`);
      invariant(d.start < d.end, () => `date ${d.rule} is empty at ${d.start}`);
      invariant(d.start >= last, () => `date ${d.rule} at ${d.start} overlaps or precedes the previous one ending at ${last}`);
      last = d.end;
      checkSchema(DateMention, d, `date ${JSON.stringify(d.text)} (${d.rule})`);
      // A resolved date is a real day: "Feb 30" or year 99999 must not become one.
      for (const key of ['date', 'from', 'to'] as const) {
        const day = d[key];
        invariant(day === null || isCalendarDay(day), () => `date ${JSON.stringify(d.text)} (${d.rule}, published ${published}) resolves ${key} to ${day}, not a calendar day`);
      }
      invariant(d.from === null || d.to === null || d.from <= d.to, () => `date ${JSON.stringify(d.text)} runs from ${d.from} to ${d.to}`);
    }
  },
});
