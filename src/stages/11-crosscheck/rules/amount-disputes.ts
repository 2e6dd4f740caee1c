import type { CrossCheckRule } from './crosscheck-rule.js';

/**
 * Money amounts as printed: "$500 billion", "US$ 2.5bn", "€40m", "300 million dollars". Group 1
 * is the number, group 2 the scale word; the currency is read from the match.
 */
export const MONEY: CrossCheckRule = {
  id: 'money-amount',
  reason: 'An amount is what a dispute over money points at; two sources agree on it when the value is the same.',
  pattern: /(?:US\s?\$|\$|€|£)\s?(\d[\d,]*(?:\.\d+)?)\s*(trillion|billion|million|thousand|tn|bn|m|k)?\b|\b(\d[\d,]*(?:\.\d+)?)\s*(trillion|billion|million)\s+(?:dollars|euros|pounds)\b/giu,
  examples: ['He wants $500 billion in minerals.', 'The fund holds €40m.', 'It costs 300 million dollars.', 'some US$ 2.5bn worth'],
  counterExamples: ['About 500 people attended.', 'The vote was 52 to 48.'],
};

/**
 * Words that dispute an amount asserted nearby: "nowhere near that sum", "far less than", "an
 * inflated figure". A dispute without an amount of its own points back at the nearest one before it.
 */
export const AMOUNT_DISPUTES: readonly CrossCheckRule[] = [
  {
    id: 'nowhere-near-amount',
    reason: '"Nowhere near that sum" denies the amount just named.',
    pattern: /\b(?:nowhere|not\s+anywhere|not\s+even)\s+(?:near|close\s+to)\s+(?:that|this|the|such\s+a)\s+(?:sum|amount|figure|number|total)\b/giu,
    examples: ['The ministry asked for $2 billion, but the region had received nowhere near that sum.'],
    counterExamples: ['The hotel is nowhere near the beach.'],
  },
  {
    id: 'far-less-than-amount',
    reason: '"Far less than" an amount, or than "that figure", disputes it.',
    pattern: /\b(?:far|much|well|significantly)\s+(?:less|lower|smaller)\s+than\s+(?:that\s+(?:sum|amount|figure)|(?:US\s?\$|\$|€|£)\s?\d[\d,.]*\s*(?:trillion|billion|million|bn|m)?)/giu,
    examples: ['The real cost was far less than $3 billion, auditors said.', 'Unions say the savings are much smaller than that figure.'],
    counterExamples: ['The new model is far less noisy than the old one.'],
  },
  {
    id: 'figure-disputed',
    reason: 'An amount called inflated, exaggerated or disputed is contested.',
    pattern: /\b(?:inflated|exaggerated|overstated|disputed|false)\s+(?:figure|sum|amount|number|total)\b|\b(?:disputed|rejected|questioned|contested|denied)\s+(?:that|the|this)\s+(?:figure|sum|amount|number|total)\b/giu,
    examples: ['The opposition called it an inflated figure.', 'The treasury disputed that figure on Monday.'],
    counterExamples: ['The figure skater won gold.'],
  },
];
