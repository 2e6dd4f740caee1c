import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { findDates } from './find-dates.js';

/** [text, publication date, expression, expected day (or range)] across week, month and year boundaries. */
const CASES: [string, string | null, string, string | null | [string, string]][] = [
  ['They met on Thursday.', '2025-02-20', 'on Thursday', '2025-02-20'],
  ['They met on Friday.', '2025-02-20', 'on Friday', '2025-02-14'],
  ['They met on Sunday.', '2025-03-01', 'on Sunday', '2025-02-23'],
  ['They met on Friday.', '2025-03-03', 'on Friday', '2025-02-28'],
  ['They met on Tuesday.', '2025-01-02', 'on Tuesday', '2024-12-31'],
  ['They met on Saturday.', '2024-03-01', 'on Saturday', '2024-02-24'],
  ['They met on Thursday.', '2024-02-29', 'on Thursday', '2024-02-29'],
  ['They met on Wednesday.', '2025-02-22', 'on Wednesday', '2025-02-19'],
  ['They met on Wednesday.', null, 'on Wednesday', null],
  ['They met last week.', '2025-01-01', 'last week', ['2024-12-23', '2024-12-29']],
  ['They met this week.', '2025-03-02', 'this week', ['2025-02-24', '2025-03-02']],
  ['It was agreed last September.', '2025-02-20', 'last September', ['2024-09-01', '2024-09-30']],
  ['It was agreed in December.', '2025-01-05', 'in December', ['2024-12-01', '2024-12-31']],
  ['It was agreed in February.', '2024-03-10', 'in February', ['2024-02-01', '2024-02-29']],
  ['It was agreed on Feb. 15.', '2025-02-20', 'Feb. 15', '2025-02-15'],
  ['It was agreed on Dec. 31.', '2025-01-02', 'Dec. 31', '2024-12-31'],
  ['It was agreed yesterday.', '2025-03-01', 'yesterday', '2025-02-28'],
  ['It was agreed yesterday.', '2025-01-01', 'yesterday', '2024-12-31'],
  ['The minister resigned last month.', '2025-03-31', 'last month', ['2025-02-01', '2025-02-28']],
];

describe('findDates resolves against the publication date', () => {
  for (const [text, published, expression, expected] of CASES) {
    it(`${expression} published ${published ?? 'unknown'}`, () => {
      const d = findDates(text, published).find((x) => x.text === expression);
      assert.ok(d, `found ${JSON.stringify(findDates(text, published).map((x) => x.text))}`);
      if (Array.isArray(expected)) {
        assert.equal(d.date, null, 'a range never becomes a day');
        assert.deepEqual([d.from, d.to], expected);
      } else {
        assert.equal(d.date, expected);
      }
      assert.equal(text.slice(d.start, d.end), d.text);
    });
  }

  it('never invents a day from the publication date: an undated text yields no dates', () => {
    assert.deepEqual(findDates('Ukraine rejected the proposal.', '2025-02-20'), []);
  });

  it('unknown publication: relative expressions are kept, unresolved, with their basis', () => {
    const [d] = findDates('no signing of the agreement on rare earth metals Saturday', null);
    assert.equal(d?.date, null);
    assert.equal(d?.anchor, 'none');
    assert.match(d?.basis ?? '', /unknown/);
  });

  it('"hours later" takes the day of the expression before it', () => {
    const ds = findDates('the leader responding Wednesday that he lived in disinformation. Trump took to Truth Social hours later.', '2025-02-20');
    assert.deepEqual(ds.map((d) => [d.text, d.date, d.anchor]), [['Wednesday', '2025-02-19', 'publication'], ['hours later', '2025-02-19', 'previous-date']]);
  });

  it('a programme title is not a date, the weekday before it is', () => {
    const ds = findDates('Witkoff confirmed Sunday on Fox News’ “Sunday Morning Futures” that he will travel.', '2025-02-16');
    assert.deepEqual(ds.map((d) => d.text), ['Sunday']);
  });
});
