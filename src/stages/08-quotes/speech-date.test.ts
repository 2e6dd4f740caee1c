import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { speechDate, weekdayOnOrBefore } from './speech-date.js';

describe('speechDate', () => {
  const cases: [string, string | null, string | null][] = [
    ['told reporters on Wednesday', '2025-02-20', '2025-02-19'],
    ['said Thursday', '2025-02-20', '2025-02-20'],
    ['aired Sunday', '2025-02-16', '2025-02-16'],
    ['said on Wednesday', null, null],
    ['said today', '2025-02-20', '2025-02-20'],
    ['said yesterday', '2025-03-01', '2025-02-28'],
    ['said on Feb. 15', '2025-02-20', '2025-02-15'],
    ['said on February 30', '2025-02-20', null],
  ];
  for (const [frame, published, want] of cases) {
    it(`${frame} (published ${published ?? 'unknown'}) → ${want ?? 'null'}`, () => assert.equal(speechDate(frame, published)?.date ?? null, want));
  }

  it('finds no date where the frame names none', () => assert.equal(speechDate('said in a statement', '2025-02-20'), null));

  it('a weekday is the most recent such day on or before publication', () => {
    assert.equal(weekdayOnOrBefore('2025-02-20', 4), '2025-02-20');
    assert.equal(weekdayOnOrBefore('2025-02-20', 5), '2025-02-14');
  });
});
