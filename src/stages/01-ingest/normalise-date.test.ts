import assert from 'node:assert/strict';
import { test } from 'node:test';
import { toIsoDay } from './normalise-date.js';

const cases: [input: unknown, expected: string | null][] = [
  ['2025-02-28', '2025-02-28'],
  ['2025-03-01T23:30:00-05:00', '2025-03-01'],
  ['2025-02-28T17:04:00.000Z', '2025-02-28'],
  ['Fri, 28 Feb 2025 17:04:00 GMT', '2025-02-28'],
  ['Sat, 1 Mar 2025 03:00:00 +0300', '2025-03-01'],
  ['28 February 2025', '2025-02-28'],
  ['March 3, 2025', '2025-03-03'],
  ['  2020-01-01  ', '2020-01-01'],
  ['2025-02-30', null],
  ['2025-13-01', null],
  ['yesterday', null],
  ['', null],
  [null, null],
  [1700000000, null],
  ['0001-01-01', null],
];

for (const [input, expected] of cases) {
  test(`toIsoDay(${JSON.stringify(input)}) → ${expected}`, () => {
    assert.equal(toIsoDay(input), expected);
  });
}
