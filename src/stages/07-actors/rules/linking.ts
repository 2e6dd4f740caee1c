import type { ResolutionRule } from './rule.js';

/** How titles, descriptions, pronouns and short names are tied to a person within one article. */
export const LINK_RULES: readonly ResolutionRule[] = [
  {
    id: 'title-premodifier',
    reason: 'A title right before a name is that person\'s role ("U.S. Treasury Secretary Scott Bessent").',
    examples: ['U.S. Treasury Secretary Scott Bessent visited Kyiv.'],
    counterExamples: ['Scott Bessent visited Kyiv.'],
  },
  {
    id: 'title-apposition-before',
    reason: 'A title set off by a comma before a name is that person\'s role ("Trump\'s special envoy, retired Lt. Gen. Keith Kellogg").',
    examples: ['A visit by Trump’s special envoy, retired Lt. Gen. Keith Kellogg, helped.', 'Also on Saturday Ukraine’s foreign minister, Andrii Sybiha, posted that he had spoken.'],
    counterExamples: ['The envoy arrived, and Keith Kellogg spoke.'],
  },
  {
    id: 'title-apposition-after',
    reason: 'A title set off by commas after a name is that person\'s role ("Scott Bessent, US Treasury secretary, said"; "X, the Y of Z").',
    examples: ['Scott Bessent, US Treasury secretary, met Volodymyr Zelenskiy.', 'Harry Ho-jen Tseng, Taiwan’s deputy foreign minister, said.'],
    counterExamples: ['Scott Bessent met the Treasury secretary of Japan.'],
  },
  {
    id: 'description-role-match',
    reason: 'A definite description ("the Treasury secretary", "the Ukrainian leader") refers to the one person in the article who holds that role.',
    examples: ['U.S. Treasury Secretary Scott Bessent visited Kyiv. The Treasury secretary said he gave a draft.', 'Ukrainian President Volodymyr Zelensky spoke. The Ukrainian leader said no.'],
    counterExamples: ['U.S. Treasury Secretary Scott Bessent visited Kyiv. The Ukrainian leader said no.'],
  },
  {
    id: 'pronoun-same-sentence',
    reason: 'A pronoun refers to the nearest person named before it in its sentence ("Waltz said, noting he had talked").',
    examples: ['Mike Waltz said, noting he has been talking to his counterpart.'],
    counterExamples: ['“He better move fast,” the reporter wrote.'],
  },
  {
    id: 'pronoun-previous-sentence',
    reason: 'A pronoun with no person before it in its sentence refers to the first person of the nearest sentence that names one.',
    examples: ['Mike Waltz spoke on Thursday. “They need to tone it down,” he added.'],
    counterExamples: ['The weather was bad. He stayed home.'],
  },
  {
    id: 'given-name-only',
    reason: 'A lone word equal to the given name of a person named in the article is that person ("(Russian President Vladimir) Putin").',
    examples: ['Russian President Vladimir Putin spoke. “Stop (Russian President Vladimir) Putin,” he said.'],
    counterExamples: ['Russian President Vladimir Putin spoke. President Macron replied.'],
  },
  {
    id: 'definite-source-anaphor',
    reason: '"The source" or "the official" refers back to the last unnamed source of that kind in the article.',
    examples: ['A source familiar with the negotiations said no. The source said the draft was unfair.'],
    counterExamples: ['The source said the draft was unfair.'],
  },
  {
    id: 'included-in-officials',
    reason: 'People listed after "officials, including" belong to those officials\' side.',
    examples: ['Trump administration officials—including Secretary of State Marco Rubio—met Russian officials. U.S. President Donald Trump spoke.'],
    counterExamples: ['Secretary of State Marco Rubio met Russian officials.'],
  },
];
