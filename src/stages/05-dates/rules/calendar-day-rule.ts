import type { DateExample } from './date-rule.js';

/**
 * Calendar days with a month name or numbers ("Feb. 15", "February 15, 2025", "4/11/25") are
 * read by chrono-node; this entry documents that reading and carries its examples.
 */
export const CALENDAR_DAY_RULE: { id: string; reason: string; examples: readonly DateExample[]; counterExamples: readonly string[] } = {
  id: 'date-calendar-day',
  reason: 'A printed day and month is that day; without a year it takes the year that puts it nearest to publication (chrono-node\'s reading).',
  examples: [
    { text: 'The deadline is Feb. 15.', published: '2025-02-20', expression: 'Feb. 15', date: '2025-02-15' },
    { text: 'It was signed on December 30.', published: '2025-01-03', expression: 'December 30', date: '2024-12-30' },
    { text: 'The summit opens January 3.', published: '2024-12-28', expression: 'January 3', date: '2025-01-03' },
    { text: 'The accord of Jan. 5, 2024 lapsed.', published: null, expression: 'Jan. 5, 2024', date: '2024-01-05' },
    { text: 'The talks of March 2 went well.', published: null, expression: 'March 2', date: null },
  ],
  counterExamples: ['Version 2.4 was released.', 'He scored 3/4 of the votes.'],
};
