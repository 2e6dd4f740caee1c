/** A way the text dates a statement; resolved against the article's publication date. */
export interface DateRule {
  id: string;
  reason: string;
  pattern: RegExp;
  examples: readonly { text: string; published: string; date: string }[];
  counterExamples: readonly string[];
}

export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;
export const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'] as const;

/** Date phrases in the frame of a quote (never in the quoted words). */
export const DATE_RULES: readonly DateRule[] = [
  {
    id: 'date-weekday',
    reason: 'A weekday is the most recent such day on or before publication (gold README §2).',
    pattern: /(?<!\bnext\s)\b(?<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?!\s+(?:next|week))/u,
    examples: [
      { text: '“He came back empty,” Trump told reporters on Wednesday.', published: '2025-02-20', date: '2025-02-19' },
      { text: '“He needs to come back to the table,” Waltz said on Thursday.', published: '2025-02-20', date: '2025-02-20' },
    ],
    counterExamples: ['“We will meet,” he said, adding that talks would resume next Monday.'],
  },
  {
    id: 'date-today',
    reason: '"today" is the day of publication; "yesterday" the day before.',
    pattern: /\b(?<relative>today|yesterday)\b/iu,
    examples: [{ text: '“We are ready,” the minister said today.', published: '2025-02-20', date: '2025-02-20' }],
    counterExamples: ['“Today we are ready,” the minister said.'],
  },
  {
    id: 'date-month-day',
    reason: 'An explicit day ("on Feb. 15", "February 15, 2025"); the year defaults to the publication year.',
    pattern: /\b(?<month>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+(?<day>\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(?<year>\d{4}))?\b/u,
    examples: [{ text: '“We are ready,” the minister said on Feb. 15.', published: '2025-02-20', date: '2025-02-15' }],
    counterExamples: ['“We have been ready since May 2,” the minister said.'],
  },
];
