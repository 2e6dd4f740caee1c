import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { inferFromWeekdays } from './weekday-inference.js';

const SUN = 0, MON = 1, TUE = 2, WED = 3, THU = 4, FRI = 5, SAT = 6;

describe('publication day from the weekdays a text names', () => {
  const cases: [string, number[], string, string | null][] = [
    ['one weekday: its first day on or after the anchor', [SUN], '2025-02-15', '2025-02-16'],
    ['Wednesday and Thursday: Thursday is the last', [WED, THU], '2025-02-15', '2025-02-20'],
    ['Tuesday and Wednesday: Wednesday', [TUE, WED], '2025-02-15', '2025-02-19'],
    ['Tuesday, Wednesday, Thursday in any order', [THU, TUE, WED], '2025-02-15', '2025-02-20'],
    ['a run across the weekend ends on Monday', [SAT, SUN, MON], '2025-02-15', '2025-02-17'],
    ['Friday after a Thursday anchor in the next month', [FRI], '2025-01-30', '2025-01-31'],
    ['across a year end', [MON, WED], '2024-12-29', '2025-01-01'],
    ['across a leap day', [THU, FRI], '2024-02-27', '2024-03-01'],
    ['the anchor day itself', [SAT], '2025-02-22', '2025-02-22'],
    ['no weekday: nothing to infer', [], '2025-02-15', null],
  ];
  for (const [why, days, anchor, want] of cases) {
    it(why, () => assert.equal(inferFromWeekdays(days, anchor)?.date ?? null, want));
  }

  it('every named weekday falls in the 7 days ending at the result', () => {
    for (let mask = 1; mask < 128; mask += 1) {
      const days = [0, 1, 2, 3, 4, 5, 6].filter((d) => mask & (1 << d));
      const got = inferFromWeekdays(days, '2025-02-15');
      assert.ok(got);
      const end = Date.parse(`${got.date}T00:00:00Z`);
      assert.ok(end >= Date.parse('2025-02-15T00:00:00Z'), 'never before the anchor');
      for (const d of days) {
        const back = (new Date(end).getUTCDay() - d + 7) % 7;
        assert.ok(back <= 6);
      }
    }
  });

  it('reports equally likely readings when the named days spread evenly', () => {
    const got = inferFromWeekdays([MON, THU, SUN], '2025-02-15');
    assert.equal(got?.date, '2025-02-17');
    assert.deepEqual(got?.alternatives, ['2025-02-20 (Thursday)']);
  });
});
