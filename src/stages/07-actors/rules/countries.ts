import type { ResolutionRule } from './rule.js';

/** Words right before a country's name that make it a location ("talks in Saudi Arabia"). */
export const PLACE_WORDS: readonly string[] = ['in', 'at', 'inside', 'outside', 'near', 'across', 'throughout', 'around', 'within'];

/** Verbs and nouns of travel: "travel to Saudi Arabia" names a place. */
export const TRAVEL_WORDS: readonly string[] = [
  'travel', 'travels', 'travelled', 'traveled', 'trip', 'visit', 'flew', 'fly', 'flies', 'return', 'returned', 'went', 'go',
  'goes', 'come', 'came', 'head', 'headed', 'heads', 'moved', 'arrived',
];

/** Words right before a capital or seat of government that make it a location ("a visit to Kyiv", "visited the White House"). */
export const CAPITAL_PLACE_WORDS: readonly string[] = [
  ...PLACE_WORDS, 'to', 'into', 'via', 'toward', 'towards', 'visit', 'visited', 'visiting', 'visits', 'trip', 'based',
  'arrived', 'arrives', 'left', 'leaves', 'of',
];

/** How countries, seats of government and governments named after leaders become country actors. */
export const COUNTRY_RULES: readonly ResolutionRule[] = [
  {
    id: 'country-mention',
    reason: 'A country named outside a locative phrase ("Ukraine rejected", "the U.S. wants") is that country as an actor.',
    examples: ['Ukraine rejected the proposal.'],
    counterExamples: ['The talks took place in Saudi Arabia.', 'Witkoff will travel to Saudi Arabia.'],
  },
  {
    id: 'capital-metonym',
    reason: 'A capital that acts ("Kyiv sent Washington a revised draft") stands for its government; "in Kyiv" is a place.',
    examples: ['Last week Kyiv sent Washington a revised draft.'],
    counterExamples: ['Zelensky met Kellogg in Kyiv on Thursday.', 'WASHINGTON (Reuters) - Talks went on.'],
  },
  {
    id: 'seat-metonym',
    reason: 'A seat of government that acts ("the White House says") stands for its government; "at the White House" is a place.',
    examples: ['Zelenskiy needs to come back to the table, White House says.'],
    counterExamples: ['Zelensky visited the White House in February.'],
  },
  {
    id: 'country-people',
    reason: 'A people named as a side ("the Ukrainians were disappointed") stands for its country.',
    examples: ['The Ukrainians were also disappointed.'],
    counterExamples: ['The Ukrainian side was disappointed.'],
  },
  {
    id: 'leader-administration-is-government',
    reason: 'A government named after a person of the corpus ("the Trump administration") is that person\'s country; one named after nobody else in the corpus stays an organisation.',
    examples: ['U.S. President Donald Trump spoke. The Trump administration has given Ukraine a draft.'],
    counterExamples: ['While the Biden administration has been a key supporter of Ukraine.'],
  },
];

/** Words after a lone name that make it the speaker of a report. */
export const SPEECH_VERBS: readonly string[] = [
  'said', 'says', 'reported', 'reports', 'told', 'tells', 'added', 'wrote', 'writes', 'confirmed', 'confirms',
  'announced', 'announces', 'stated', 'states', 'claimed', 'claims', 'revealed', 'posted',
];
