import type { PatternRule } from './relate-rule.js';

/**
 * Quoted words when no quote layer is given: a pair of double quote marks inside one paragraph.
 * Group 1 is the text between the marks. Single quotes are left out: they double as apostrophes.
 */
export const DOUBLE_QUOTES: PatternRule = {
  id: 'double-quote-marks',
  reason: 'Quoted words are what a source said, not the reporter’s words; they are matched as quotes and kept out of phrase evidence.',
  pattern: /[“"«]([^“”"«»\n]{2,1000}?)[”"»]/g,
  examples: ['He said the offer was “not acceptable” to Kyiv.', 'The minister called it "a historic day for both nations".'],
  counterExamples: ['Ukraine’s minister said the offer was not acceptable.', 'It was a 12" record.'],
};
