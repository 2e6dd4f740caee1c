import type { ResolutionRule } from './rule.js';

/** Evidence for a person's country or body, strongest first; the weights decide between sources. */
export interface AffiliationRule extends ResolutionRule {
  weight: number;
}

export const AFFILIATION_RULES: readonly AffiliationRule[] = [
  {
    id: 'affiliation-title-qualifier',
    weight: 3,
    reason: 'A country, nationality or institution word in the person\'s title ("U.S. Treasury Secretary", "Ukraine\'s foreign minister", "Rada Speaker") gives the affiliation.',
    examples: ['Ukrainian Foreign Minister Andrii Sybiha met him.', 'Rada Speaker Ruslan Stefanchuk met him.'],
    counterExamples: ['Andrii Sybiha met him.'],
  },
  {
    id: 'affiliation-possessor',
    weight: 2,
    reason: 'An official of someone ("Trump\'s special envoy", "the Trump administration, whose adviser") shares that one\'s affiliation.',
    examples: ['U.S. President Donald Trump spoke. President Trump’s Middle East envoy, Steve Witkoff, confirmed it.'],
    counterExamples: ['U.S. President Donald Trump spoke. Envoy Steve Witkoff confirmed it.'],
  },
  {
    id: 'affiliation-included-in-officials',
    weight: 2,
    reason: 'People listed among a side\'s officials ("senior Ukrainian officials, including Foreign Minister Andrii Sybiha") share its affiliation.',
    examples: ['He met senior Ukrainian officials, including Foreign Minister Andrii Sybiha.'],
    counterExamples: ['He met Foreign Minister Andrii Sybiha.'],
  },
  {
    id: 'affiliation-home-country',
    weight: 1,
    reason: 'News titles its own country\'s officials without a country ("Vice President JD Vance" beside "President Donald Trump"): an unqualified office takes the country of the article\'s other unqualified office holders.',
    examples: ['U.S. President Donald Trump spoke. President Donald Trump and Vice President JD Vance met Zelensky.'],
    counterExamples: ['Vice President JD Vance met Ukrainian President Volodymyr Zelensky.'],
  },
];
