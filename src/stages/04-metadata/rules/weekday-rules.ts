import { defineRule, type TextRule } from './text-rule.js';

/** The weekday names in date order of `Date.getUTCDay()` (Sunday = 0). */
export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
const DAY = `(?<day>${WEEKDAY_NAMES.join('|')})`;

/** A capitalised weekday name used as a word ("on Thursday", "Wednesday night", "Sunday’s vote"). */
export const WEEKDAY_MENTION = new RegExp(String.raw`\b${DAY}\b`, 'g');

/**
 * Weekday names that do not point at a day of the past week. A mention any of these covers is
 * not evidence for the publication date.
 */
export const notPastWeekdayRules: readonly TextRule<'day'>[] = [
  defineRule({
    id: 'weekday-named-day',
    reason: 'Holidays, named days and names ("Black Friday", "Super Tuesday", "Sheffield Wednesday") are not the day of this week',
    pattern: new RegExp(String.raw`\b(?:Super|Black|Good|Cyber|Ash|Easter|Palm|Holy|Maundy|Bloody|Shrove|Giving|Fat|Sheffield)\s+${DAY}\b`),
    examples: [
      { text: 'ahead of Super Tuesday primaries', captures: { day: 'Tuesday' } },
      { text: 'the Good Friday Agreement', captures: { day: 'Friday' } },
      { text: 'Arsenal beat Sheffield Wednesday', captures: { day: 'Wednesday' } },
    ],
    counterExamples: ['said on Tuesday', 'a good Friday for markets'],
  }),
  defineRule({
    id: 'weekday-in-name',
    reason: 'A weekday followed by a capitalised name word is a title ("Sunday Morning Futures", "the Sunday Times")',
    pattern: new RegExp(String.raw`\b${DAY}\s+(?:Morning|Night|Evening|Times|Telegraph|Express|Mirror|Herald|Post|Show|Edition|Briefing|Live|Football|Special|Review|Magazine)\b`),
    examples: [
      { text: 'confirmed Sunday on Fox News’ “Sunday Morning Futures” that', captures: { day: 'Sunday' } },
      { text: 'the Sunday Times reported', captures: { day: 'Sunday' } },
    ],
    counterExamples: ['on Sunday morning', 'Trump said on Wednesday night that'],
  }),
  defineRule({
    id: 'weekday-qualified',
    reason: '"next/last/this/every/by Friday" is a coming day, a deadline, a habit, or possibly more than a week back',
    pattern: new RegExp(String.raw`\b(?:[Nn]ext|[Ll]ast|[Tt]his|[Cc]oming|[Ff]ollowing|[Ee]very|[Ee]ach|[Uu]ntil|[Tt]ill|[Bb]y|[Bb]efore)\s+${DAY}\b`),
    examples: [
      { text: 'talks will resume next Monday', captures: { day: 'Monday' } },
      { text: 'a deal by Friday', captures: { day: 'Friday' } },
      { text: 'they met last Friday', captures: { day: 'Friday' } },
    ],
    counterExamples: ['they met on Friday', 'Friday’s meeting ended', 'after Friday’s talks'],
  }),
  defineRule({
    id: 'weekday-future-clause',
    reason: 'A weekday in a clause that speaks of the future ("will meet on Friday") is a coming day',
    pattern: new RegExp(
      String.raw`(?:\b(?:will|shall|is due|are due|scheduled|expected to|set to|plans? to|planning to|going to|slated)|(?:'|’)ll)\b[^.;:!?,—–]*?\b${DAY}\b`,
    ),
    examples: [
      { text: 'Leaders will meet on Friday in Paris.', captures: { day: 'Friday' } },
      { text: 'The vote is scheduled for Thursday.', captures: { day: 'Thursday' } },
      { text: 'We’ll sign it on Monday', captures: { day: 'Monday' } },
    ],
    counterExamples: [
      'Leaders met on Friday, and will meet again soon.',
      'He will retire, the paper reported on Friday.',
      'Trump said Thursday he will visit Kyiv.',
    ],
  }),
];
