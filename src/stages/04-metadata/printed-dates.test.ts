import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { findPrintedDates, isFutureDate, pageYear, placeOnPage, toIso } from './printed-dates.js';

describe('dates printed in a text', () => {
  const cases: [string, (string | null)[]][] = [
    ['at the 61st Munich Security Conference on Feb. 15 in Munich, Germany.', ['--02-15']],
    ['during a press conference on Feb. 4, 2025 in Kyiv, Ukraine.', ['2025-02-04']],
    ['Update 4/11/25 9:38 p.m. ET: This story has been updated', ['2025-04-11']],
    ['the Oval Office at the White House on February 28 in Washington, D.C.', ['--02-28']],
    ['since Russia’s February 2022 invasion of Ukraine', []],
    ['won 3/4 of the vote', []],
    ['said on Thursday', []],
    ['may 5 people come', []],
  ];
  for (const [text, want] of cases) {
    it(text, () => {
      const got = findPrintedDates(text).map((d) => (d.year === null ? `--${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}` : toIso(d, null)));
      assert.deepEqual(got, want);
    });
  }

  it('a yearless date takes the year it is given', () => {
    const [d] = findPrintedDates('on Feb. 15 in Munich');
    assert.ok(d);
    assert.equal(toIso(d, 2025), '2025-02-15');
    assert.equal(toIso(d, null), null);
  });

  it('a date in a clause about the future is no anchor', () => {
    const line = 'The leaders will meet on March 3 in Paris.';
    const [d] = findPrintedDates(line);
    assert.ok(d && isFutureDate(line, d));
    const past = 'Zelensky arrives at the conference on Feb. 15 in Munich.';
    const [p] = findPrintedDates(past);
    assert.ok(p && !isFutureDate(past, p));
  });

  const years: [string[], number | null, string | null][] = [
    [['Copyright Axios Media, 2024', 'on Feb. 4, 2025 in Kyiv'], 2025, 'date'],
    [['Copyright Axios Media, 2024', '© 1998 – 2025 NEXSTAR MEDIA INC. | ALL RIGHTS RESERVED.'], 2025, 'copyright'],
    [['Copyright 2024 Nexstar Media Inc. All rights reserved.'], 2024, 'copyright'],
    [['on Feb. 15 in Munich', 'since the February 2022 invasion'], null, null],
  ];
  for (const [lines, year, source] of years) {
    it(`page year from ${JSON.stringify(lines)}`, () => {
      const got = pageYear(lines);
      assert.equal(got?.year ?? null, year);
      assert.equal(got?.source ?? null, source);
    });
  }

  const placements: [string, string[], string | null][] = [
    ['on Feb. 15 in Munich', ['on Feb. 4, 2025 in Kyiv'], '2025-02-15'],
    ['on Dec. 18 in the Senate', ['on Jan. 8, 2020 in Tehran'], '2019-12-18'],
    ['on Jan. 3 in Baghdad', ['on Dec. 30, 2019 in Washington'], '2020-01-03'],
    ['on Feb. 15 in Munich', ['Copyright Axios Media, 2024'], '2024-02-15'],
    ['on Feb. 15 in Munich', [], null],
  ];
  for (const [line, others, want] of placements) {
    it(`a yearless date goes in the year nearest the page's full date: ${line} with ${JSON.stringify(others)}`, () => {
      const [d] = findPrintedDates(line);
      assert.ok(d);
      assert.equal(placeOnPage(d, pageYear(others)), want);
    });
  }
});
