import type { LanguageRule, WordListRule } from './rule.js';

/** How world-countries (names, demonyms, capitals) becomes mentions. */
export const COUNTRY_RULES: readonly LanguageRule[] = [
  {
    id: 'country-name',
    reason: 'A country\'s common or official name, or a long alternative spelling, names the country.',
    examples: ['Ukraine sits on reserves of rare earth minerals.', 'Saudi Arabia hosted the talks.'],
    counterExamples: ['The chinaware was broken.'],
  },
  {
    id: 'country-demonym',
    reason: 'A nationality word ("Ukrainian", "Russian") ties the noun it modifies to a country.',
    examples: ['Ukrainian President Volodymyr Zelensky spoke.'],
    counterExamples: ['The president spoke.'],
  },
  {
    id: 'country-people',
    reason: 'A plural nationality noun ("the Ukrainians") stands for the country\'s side.',
    examples: ['The Ukrainians were also disappointed.'],
    counterExamples: ['The Ukrainian side was disappointed.'],
  },
  {
    id: 'capital-city',
    reason: 'A capital can stand for its government ("Kyiv sent Washington a draft"); stage 07 tells metonym from place.',
    examples: ['Last week Kyiv sent Washington a revised draft.'],
    counterExamples: ['The washing machine broke.'],
  },
];

/** Capitalised words that make a country's name part of a longer one ("New Jersey", "New Mexico", "Northern Ireland"). */
export const COUNTRY_NAME_PREFIXES: WordListRule = {
  id: 'country-part-of-longer-name',
  words: ['new', 'northern', 'southern', 'western', 'eastern', 'north', 'south', 'east', 'west', 'upper', 'lower', 'greater', 'little', 'st', 'st.'],
  reason: 'After "New" or a compass word the name is a state or region ("New Jersey Sen. Cory Booker"), not the country; whole names ("New Zealand", "South Korea") are in the gazetteer.',
  examples: ['New Jersey Sen. Cory Booker spoke.'],
  counterExamples: ['New Zealand sent troops.', 'South Korea said no.'],
};

/** How wink-nlp's number and date entities become mentions. */
export interface NumberRule extends LanguageRule {
  labels: readonly string[];
  kind: 'date' | 'time' | 'money' | 'quantity';
}

export const NUMBER_RULES: readonly NumberRule[] = [
  {
    id: 'wink-date',
    labels: ['DATE', 'DURATION'],
    kind: 'date',
    reason: 'Dates and durations ("on Wednesday", "last week", "Feb. 4, 2025") anchor events.',
    examples: ['Zelensky met Kellogg on Thursday in Kyiv.'],
    counterExamples: ['Zelensky met Kellogg in Kyiv.'],
  },
  {
    id: 'wink-time',
    labels: ['TIME'],
    kind: 'time',
    reason: 'Times of day ("Wednesday night", "9:38 p.m.") refine dates.',
    examples: ['Trump said at 9 a.m. that he was trying.'],
    counterExamples: ['Trump said that he was trying.'],
  },
  {
    id: 'wink-money',
    labels: ['MONEY'],
    kind: 'money',
    reason: 'Amounts of money ("$500 billion") are terms of a deal.',
    examples: ['Zelenskiy rejected U.S. demands for $500 billion in mineral wealth.'],
    counterExamples: ['Zelenskiy rejected U.S. demands for mineral wealth.'],
  },
  {
    id: 'wink-quantity',
    labels: ['CARDINAL', 'ORDINAL', 'PERCENT'],
    kind: 'quantity',
    reason: 'Counts, ranks and percentages ("17 critical elements", "61st") are facts a reader checks.',
    examples: ['Rare earth minerals, a set of 17 critical elements, are essential.'],
    counterExamples: ['Rare earth minerals are essential.'],
  },
];
