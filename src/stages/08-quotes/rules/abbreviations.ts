import type { WordsRule } from './quote-rule.js';

/** Words whose full stop does not end a sentence ("Lt. Gen. Keith Kellogg", "Mr. Smith"). */
export const ABBREVIATIONS: WordsRule = {
  id: 'sentence-abbreviation',
  words: [
    'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'lt', 'gen', 'col', 'maj', 'capt', 'sgt', 'adm', 'cmdr', 'gov', 'sen', 'rep', 'rev', 'hon',
    'pres', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'no', 'vs', 'etc', 'inc', 'corp', 'co', 'ltd',
    'approx', 'est', 'dept', 'univ', 'u.s', 'u.k', 'u.n', 'e.u', 'd.c', 'a.m', 'p.m',
  ],
  reason: 'Titles, months and company suffixes end in a full stop that does not end the sentence.',
  examples: [{ text: 'Trump’s special envoy, Lt. Gen. Keith Kellogg, said the talks went well.', quote: 'the talks went well', kind: 'indirect', speaker: 'Keith Kellogg' }],
  counterExamples: ['Lt. Gen. Keith Kellogg arrived in Kyiv on Feb. 20 with U.S. officials.'],
};
