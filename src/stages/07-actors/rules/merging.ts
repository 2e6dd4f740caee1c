import type { ResolutionRule } from './rule.js';

/** How person mentions become one actor, within an article and across articles, by name alone. */
export const MERGE_RULES: readonly ResolutionRule[] = [
  {
    id: 'surname-in-article',
    reason: 'A surname alone refers to the person of the article with that surname, the nearest one if several share it.',
    examples: ['U.S. Treasury Secretary Scott Bessent visited Kyiv. Bessent said it went well.'],
    counterExamples: ['U.S. Treasury Secretary Scott Bessent visited Kyiv.'],
  },
  {
    id: 'name-variant',
    reason: 'Spellings and transliterations of one name are one person when surnames and given names are alike ("Zelensky", "Zelenskyy", "Zelenskiy"; "Volodmyr", "Volodymyr").',
    examples: [['Ukrainian President Volodymyr Zelensky spoke.', 'President Volodymyr Zelenskyy replied.', 'Ukrainian President Volodmyr Zelenskiy met him.']],
    counterExamples: [['Senator John Smith spoke.', 'Senator Jane Smith replied.']],
  },
  {
    id: 'given-name-variant-same-role',
    reason: 'A short and a long given name with the same start and the same role are one person ("Mike Waltz", "Michael Waltz", both national security adviser).',
    examples: ['National Security Adviser Michael Waltz will travel. National security adviser Mike Waltz said Thursday.'],
    counterExamples: ['National Security Adviser Michael Waltz will travel. Foreign Minister Mike Waltz said Thursday.'],
  },
  {
    id: 'surname-across-articles',
    reason: 'A surname alone in an article that never gives the full name refers to the one person of the corpus with that surname.',
    examples: [['U.S. envoy Keith Kellogg met Zelensky in Kyiv.', 'The official said President Kellogg’s visit went well.']],
    counterExamples: [['U.S. envoy Keith Kellogg met Zelensky in Kyiv.', 'Senator Jane Kellogg said the visit went well.']],
  },
  {
    id: 'surname-dominant-person',
    reason: 'A bare surname shared by several people of the corpus goes to the one of matching gender named in at least three times as many articles ("Mr Blair" is Tony, not Cherie).',
    examples: [['Prime Minister Tony Blair spoke.', 'Prime Minister Tony Blair met the Queen.', 'Prime Minister Tony Blair flew home.', 'Cherie Blair spoke.', 'Mr Blair said no.']],
    counterExamples: [['Prime Minister Tony Blair spoke.', 'Cherie Blair spoke.', 'Mr Blair said no.']],
  },
  {
    id: 'known-full-name',
    reason: 'Capitalised words that are the full name of a person of the corpus are that person, even where nothing else marks them as a name ("Tony Blair met the Queen").',
    examples: [['Prime Minister Tony Blair spoke.', 'Tony Blair met the Queen.']],
    counterExamples: [['Prime Minister Tony Blair spoke.', 'Tony Bennett met the Queen.']],
  },
  {
    id: 'name-candidate-surname',
    reason: 'An unknown capitalised word equal to the surname of exactly one person of the corpus is that person.',
    examples: [['U.S. envoy Keith Kellogg met Zelensky in Kyiv.', 'The US official said Kellogg’s visit had led to meetings.']],
    counterExamples: [['U.S. envoy Keith Kellogg met Zelensky in Kyiv.', 'The US official said Gordon’s visit had led to meetings.']],
  },
  {
    id: 'speaker-name-is-organization',
    reason: 'A lone unknown name that reports or says something, and is no person\'s surname, is an organisation (an outlet, a company): people are introduced by full name.',
    examples: ['Work had continued on the document, Suspline reported.', 'Reuters reported that officials met on Friday.'],
    counterExamples: ['Officials met on Friday in Munich.'],
  },
];
