import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { findWeekdayMentions } from './weekday-mentions.js';

describe('weekdays named as days of the past week', () => {
  const cases: [string, string[]][] = [
    ['White House national security adviser Mike Waltz said on Thursday.', ['said on Thursday']],
    ['Trump said on Wednesday night that he was trying to “resurrect” the deal.', ['said on Wednesday night']],
    ['said in a “Meet the Press” interview aired Sunday that he would', ['interview aired Sunday']],
    ['Witkoff confirmed Sunday on Fox News’ “Sunday Morning Futures” that', ['Witkoff confirmed Sunday']],
    ['Leaders will meet on Friday in Paris.', []],
    ['Talks resume next Monday, officials said.', []],
    ['Retailers braced for Black Friday.', []],
    ['Friday’s meeting ended without a deal.', ['Friday’s']],
    ['He spoke on fridays and Fridays.', []],
    ['Nothing happened this week.', []],
  ];
  for (const [text, want] of cases) {
    it(text, () => assert.deepEqual(findWeekdayMentions(text).map((m) => m.phrase), want));
  }
});
