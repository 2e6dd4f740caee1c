import fc from 'fast-check';
import { toIsoDay } from '../../stages/01-ingest/normalise-date.js';
import { dateLike } from '../arbitraries/records.js';
import { defineFuzzTarget } from '../fuzz-target.js';
import { invariant, isCalendarDay } from '../invariant.js';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** A day written in a machine format with a time and zone: the day as written is the answer (the publisher's day). */
const writtenDay = fc.record({
  year: fc.integer({ min: 1800, max: 2200 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }),
  hour: fc.integer({ min: 0, max: 23 }), zone: fc.constantFrom('Z', '+00:00', '-05:00', '+14:00', '-12:00', '+0530', ' GMT', ''),
  form: fc.constantFrom('iso', 'rfc822', 'rfc822-weekday'),
}).map((d) => {
  const real = isCalendarDay(`${d.year}-${pad(d.month)}-${pad(d.day)}`);
  const text = d.form === 'iso'
    ? `${d.year}-${pad(d.month)}-${pad(d.day)}T${pad(d.hour)}:30:00${d.zone.trim()}`
    : `${d.form === 'rfc822-weekday' ? 'Fri, ' : ''}${d.day} ${MONTHS[d.month - 1]} ${d.year} ${pad(d.hour)}:30:00${d.zone === '' ? '' : ` ${d.zone.trim()}`}`;
  return { text, expected: real ? `${d.year}-${pad(d.month)}-${pad(d.day)}` : null };
});

/** toIsoDay on any value: date strings well-formed and broken, arbitrary text, any JSON value. */
export const normaliseDateTarget = defineFuzzTarget({
  name: 'normalise-date',
  entry: 'toIsoDay',
  arbitrary: fc.oneof(
    { weight: 3, arbitrary: writtenDay },
    { weight: 3, arbitrary: dateLike.map((text) => ({ text, expected: undefined })) },
    { weight: 1, arbitrary: fc.anything().map((text) => ({ text, expected: undefined })) },
  ),
  check: ({ text, expected }) => {
    const day = toIsoDay(text);
    invariant(day === null || (typeof day === 'string' && isCalendarDay(day) && day >= '1800' && day < '2201'), () => `toIsoDay gave ${day}, not a calendar day 1800–2200`);
    if (expected !== undefined) invariant(day === expected, () => `toIsoDay(${JSON.stringify(text)}) is ${day}, the day as written is ${expected}`);
  },
});
