import { defineRule, type TextRule } from './text-rule.js';

const MONTH = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?`;
const WEEKDAY = String.raw`(?:Mon|Tue|Tues|Wed|Thu|Thurs|Fri|Sat|Sun)[a-z]*\.?,?`;
const TIME = String.raw`(?:,?\s*(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4})?)`;

/**
 * Printed publication stamps, strongest first. The `date` group is handed to a date parser;
 * a stamp counts only when its date starts the captured text.
 */
export const stampRules: readonly TextRule<'date'>[] = [
  defineRule({
    id: 'stamp-published',
    reason: 'A "Published …" or "Posted …" stamp prints when the story first ran',
    pattern: /^\s*(?:First\s+|Originally\s+)?(?:[Pp]ublished|[Pp]osted|PUBLISHED|POSTED)(?:\s+on|\s+at)?\s*:?\s*(?<date>[^|•]{4,})/,
    examples: [
      { text: 'Published February 20, 2025 at 9:00 AM', captures: { date: 'February 20, 2025 at 9:00 AM' } },
      { text: 'Posted: Feb 20, 2025 / 10:01 AM EST', captures: { date: 'Feb 20, 2025 / 10:01 AM EST' } },
    ],
    counterExamples: ['The photos were published by Reuters.', 'Trump posted on Truth Social'],
  }),
  defineRule({
    id: 'stamp-updated',
    reason: 'An "Updated …" stamp prints when the story last changed; the day is a printed date of the story',
    pattern: /^\s*(?:Last\s+)?(?:[Uu]pdated?|UPDATED?)(?:\s+on|\s+at)?\s*:?\s*(?<date>[^|•]{4,})/,
    examples: [
      { text: 'Update 4/11/25 9:38 p.m. ET: This story has been updated with additional information and context.', captures: { date: '4/11/25 9:38 p.m. ET: This story has been updated with additional information and context.' } },
      { text: 'Updated 10:15 AM EST, Thu February 20, 2025', captures: { date: '10:15 AM EST, Thu February 20, 2025' } },
    ],
    counterExamples: ['The draft was updated by Treasury officials.', 'An updated draft reached Kyiv'],
  }),
  defineRule({
    id: 'stamp-date-line',
    reason: 'A line holding nothing but a date (and maybe a time) is the page’s date stamp',
    pattern: new RegExp(
      String.raw`^\s*(?:${WEEKDAY}\s+)?(?<date>(?:${MONTH}\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+${MONTH},?\s+\d{4}|\d{4}-\d{2}-\d{2})${TIME}?)\s*$`,
    ),
    examples: [
      { text: 'February 20, 2025', captures: { date: 'February 20, 2025' } },
      { text: 'Friday, 21 February 2025 10:30 GMT', captures: { date: '21 February 2025 10:30 GMT' } },
      { text: 'Feb. 20, 2025, 9:38 a.m. ET', captures: { date: 'Feb. 20, 2025, 9:38 a.m. ET' } },
    ],
    counterExamples: ['Talks resumed on February 20, 2025 in Riyadh.', 'February 2022'],
  }),
];
