import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { addDays, daysFrom, isIsoDate, isoDate, onOrAfter, onOrBefore, weekdayOf } from './calendar.js';

describe('calendar arithmetic', () => {
  const weekdays: [string, number][] = [
    ['2025-02-15', 6], ['2025-02-20', 4], ['2025-04-11', 5], ['2024-12-30', 1], ['2024-02-29', 4],
  ];
  for (const [iso, day] of weekdays) it(`${iso} is weekday ${day}`, () => assert.equal(weekdayOf(iso), day));

  const placements: [string, number, string, string][] = [
    ['2025-02-15', 4, '2025-02-20', 'Thursday after a Saturday'],
    ['2025-02-20', 4, '2025-02-20', 'the anchor itself when it is that weekday'],
    ['2025-01-30', 1, '2025-02-03', 'across a month end'],
    ['2024-12-30', 5, '2025-01-03', 'across a year end'],
    ['2024-02-28', 5, '2024-03-01', 'across a leap-year February'],
    ['2023-02-28', 5, '2023-03-03', 'across a common-year February'],
  ];
  for (const [anchor, day, want, why] of placements) it(`onOrAfter: ${why}`, () => assert.equal(onOrAfter(anchor, day), want));

  it('onOrBefore goes back across a year end', () => assert.equal(onOrBefore('2025-01-02', 0), '2024-12-29'));
  it('addDays and daysFrom agree across a year end', () => {
    assert.equal(addDays('2024-12-31', 1), '2025-01-01');
    assert.equal(daysFrom('2024-12-25', '2025-01-01'), 7);
  });
  it('isoDate refuses days that do not exist', () => {
    assert.equal(isoDate(2025, 2, 29), null);
    assert.equal(isoDate(2024, 2, 29), '2024-02-29');
    assert.equal(isIsoDate('2025-02-30'), false);
    assert.equal(isIsoDate('2025-02-20'), true);
  });
});
