import type { LanguageRule } from './rule.js';

/** Where a sentence ends: wink-nlp's boundaries, plus the breaks scraped text carries. */
export const SENTENCE_BREAKS: readonly LanguageRule[] = [
  {
    id: 'sentence-wink',
    reason: 'wink-nlp finds sentence ends, with abbreviations such as "U.S." and "Lt. Gen." kept inside.',
    examples: ['Trump’s special envoy, retired Lt. Gen. Keith Kellogg, met him. Talks went on.'],
    counterExamples: ['U.S. officials met Lt. Gen. Keith Kellogg in Kyiv.'],
  },
  {
    id: 'sentence-paragraph-break',
    reason: 'A blank line always ends a sentence: paragraphs never share one.',
    examples: ['Why It Matters\n\nPresident Donald Trump has pushed hard for a deal.'],
    counterExamples: ['One sentence on one line.'],
  },
  {
    id: 'sentence-line-break',
    reason: 'A scraped line break ends a sentence ("Axios\\nSearch\\n…") unless the next line goes on in lower case.',
    examples: ['Axios\nSearch\nThe Trump administration has given Ukraine a draft.'],
    counterExamples: ['The talks were hard and\ncontinued for days.'],
  },
];
