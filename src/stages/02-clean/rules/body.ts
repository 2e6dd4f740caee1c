import type { LineRule } from './rule-types.js';

/** Wire dateline: "WASHINGTON (Reuters) –", "NEW YORK, March 3 (AP) -". */
export const WIRE_DATELINE = /^\p{Lu}[\p{Lu}\p{M} .’'-]{1,40}(?:,\s[^()]{1,40})?\s?\(\p{Lu}[\p{L}&. ]{0,24}\)\s?[-–—]/u;

/** Lines that are body text or empty though they look unusual; matched before any furniture rule. */
export const BODY_RULES: LineRule[] = [
  {
    id: 'wire-dateline',
    kind: 'body',
    reason: 'A wire dateline opens a story’s first body paragraph (and tells segmentation a story starts).',
    pattern: WIRE_DATELINE,
    guard: ['('],
    examples: [
      'WASHINGTON (Reuters) – Ukrainian President Volodymyr Zelenskiy needs to come back to the negotiating table.',
      'ANKARA (Reuters) -President Volodymyr Zelenskiy was quoted on Wednesday as saying a proposal was unfair.',
      'NEW YORK, March 3 (AP) — Stocks fell.',
    ],
    counterExamples: ['Washington (where the talks were held) - a city of rumours.', 'The U.S. (Reuters reported) – rejected it.'],
  },
  {
    id: 'separator',
    kind: 'blank',
    reason: 'Rules and ellipses between blocks carry no words.',
    pattern: /^(?:[_\-=*~#•·.…–—\s]{3,}|…)$/u,
    maxLength: 80,
    examples: ['___', '* * *', '…', '---'],
    counterExamples: ['- Foreign Minister Andrii Sybiha', '— Noah Rothman (@NoahCRothman) January 6, 2020'],
  },
];
