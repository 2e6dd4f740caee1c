import { defineRule, type TextRule } from './text-rule.js';

/** A year as news prints it ("2025", "in 1993"). */
export const YEAR_TOKEN = /\b(?:19|20)\d{2}\b/g;

/** A capitalised month name or abbreviation: a printed date needs one unless its year is printed too. */
export const MONTH_WORD = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b/;

/**
 * Context before a printed date that makes it a coming day, not a day already past. Such
 * dates are no anchor for dating the article. Each pattern is matched against the text of
 * the line before the date.
 */
export const futureDateRules: readonly TextRule<'cue'>[] = [
  defineRule({
    id: 'date-future-clause',
    reason: 'A date in a clause about the future ("will meet on March 3") may lie after publication',
    pattern: /(?<cue>\b(?:will|shall|is due|are due|scheduled|expected to|set to|plans? to|planning to|going to|slated|until)\b|(?:'|’)ll\b)[^.;:!?,—–]*$/,
    examples: [
      { text: 'The leaders will meet on ', captures: { cue: 'will' } },
      { text: 'The vote is scheduled for ', captures: { cue: 'scheduled' } },
      { text: 'Kyiv has until ', captures: { cue: 'until' } },
    ],
    counterExamples: ['He was greeted by Scholz on ', 'Zelensky arrives to meet with German Chancellor Olaf Scholz at the 61st Munich Security Conference on ', 'He will retire, the paper reported on '],
  }),
];

const MONTH = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?`;

/**
 * Shapes of a calendar day as printed. The date parser also reads relative phrases ("in three
 * weeks", "25 days ago") as days; only text with one of these shapes is a printed date.
 */
export const dateShapeRules: readonly TextRule<'date'>[] = [
  defineRule({
    id: 'date-month-day',
    reason: 'A month name followed by a day number ("Feb. 15", "February 28, 2025")',
    pattern: new RegExp(String.raw`\b(?<date>${MONTH}\s+\d{1,2})(?:st|nd|rd|th)?\b`),
    examples: [{ text: 'Feb. 15', captures: { date: 'Feb. 15' } }, { text: 'Friday, Feb. 21, 2025', captures: { date: 'Feb. 21' } }],
    counterExamples: ['in three weeks', 'February 2022', 'may 5'],
  }),
  defineRule({
    id: 'date-day-month',
    reason: 'A day number followed by a month name ("21 February 2025")',
    pattern: new RegExp(String.raw`\b(?<date>\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH})`),
    examples: [{ text: '21 February 2025 10:30 GMT', captures: { date: '21 February' } }, { text: 'the 4th of July', captures: { date: '4th of July' } }],
    counterExamples: ['25 days ago', '17 critical elements'],
  }),
  defineRule({
    id: 'date-numeric-with-year',
    reason: 'All-number dates count only with a year ("4/11/25", "2025-02-20"); "3/4" is a fraction',
    pattern: /\b(?<date>\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2})(?!\d)/,
    examples: [{ text: '4/11/25 9:38 p.m. ET', captures: { date: '4/11/25' } }, { text: '2025-02-20T10:00:00Z', captures: { date: '2025-02-20' } }],
    counterExamples: ['3/4 of the vote', 'within 30 days'],
  }),
];
