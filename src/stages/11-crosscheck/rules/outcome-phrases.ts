import type { OutcomeRule } from './crosscheck-rule.js';

const DEAL = '(?:deal|agreement|accord|pact|settlement|treaty|truce|ceasefire)';

/**
 * Phrases that say where talks are heading. Two sources whose phrases point opposite ways about
 * the same days contradict each other on the outcome.
 */
export const OUTCOME_PHRASES: readonly OutcomeRule[] = [
  {
    id: 'near-deal', polarity: 1,
    reason: 'Being near, close to or on the verge of a deal reads the talks as advancing.',
    pattern: new RegExp(`\\b(?:near(?:ing)?|close to|closer to|on the verge of|within reach of)\\s+(?:an?\\s+|the\\s+)?(?:[\\p{L}-]+\\s+){0,2}?${DEAL}\\b`, 'giu'),
    examples: ['The two unions are nearing a deal on pensions.', 'Both sides moved closer to a lasting agreement on Friday.'],
    counterExamples: ['The talks took place near the old harbour.', 'The house lies close to the old border post.'],
  },
  {
    id: 'progress', polarity: 1,
    reason: '"Progress" made or making in talks reads them as advancing.',
    pattern: /\b(?:making|made|make|makes|significant|real|good|substantial|major)\s+(?:some\s+)?(?:real\s+|really\s+good\s+|good\s+|significant\s+)?progress\b(?!\s+(?:has|had)\s+stalled)/giu,
    examples: ['Negotiators said they were making progress toward an accord.', 'The envoy reported significant progress in Geneva.'],
    counterExamples: ['There has been no progress at all.', 'Progress reports are due next week.'],
  },
  {
    id: 'deal-likely', polarity: 1,
    reason: 'A deal "looking likely" or "within reach" is a positive outlook.',
    pattern: new RegExp(`\\b${DEAL}\\s+(?:is\\s+|was\\s+)?(?:now\\s+)?(?:looking|looks|seems|appears|looked|seemed)\\s+(?:more\\s+|increasingly\\s+|very\\s+)?likely\\b`, 'giu'),
    examples: ['Officials on both sides say an agreement is now looking more likely.'],
    counterExamples: ['A strike looks likely if the offer is withdrawn.'],
  },
  {
    id: 'will-sign', polarity: 1,
    reason: 'Saying a party will sign reads the deal as coming.',
    pattern: /\b(?:is|are)\s+going\s+to\s+sign\b|\bwill\s+(?:ultimately\s+|eventually\s+|soon\s+|definitely\s+)?sign\b/giu,
    examples: ['The minister will ultimately sign the accord, his spokesman said.', 'They are going to sign that agreement next week.'],
    counterExamples: ['The minister will not sign the accord.', 'She signed the guest book.'],
  },
  {
    id: 'sealing-deal', polarity: 1,
    reason: 'Sealing or clinching the deal reads it as done or nearly done.',
    pattern: new RegExp(`\\b(?:seal(?:s|ed|ing)?|clinch(?:es|ed|ing)?)\\s+(?:this|it|(?:the|a|that)\\s+${DEAL})\\b`, 'giu'),
    examples: ['The visit produced meetings sealing this for the president.', 'They hope to clinch the deal before the summit.'],
    counterExamples: ['Police sealed the area after the blast.'],
  },
  {
    id: 'agreement-reached', polarity: 1,
    reason: 'A deal reached, struck or signed is the positive end of the scale.',
    pattern: new RegExp(`\\b(?:reached|struck|signed|concluded)\\s+(?:an?|the)\\s+(?:[\\p{L}-]+\\s+){0,2}?${DEAL}\\b`, 'giu'),
    examples: ['The two governments reached a provisional agreement late on Sunday.'],
    counterExamples: ['No agreement was reached on Sunday.'],
  },
  {
    id: 'talks-broke-down', polarity: -1,
    reason: 'A breakdown, collapse or stall of the talks reads them as failing.',
    pattern: /\bbreak(?:down|ing down)\s+(?:in|of)\s+(?:the\s+)?(?:talks|negotiations)\b|\b(?:talks|negotiations)\s+(?:have\s+|had\s+)?(?:broke(?:n)?\s+down|collapsed|stalled)\b|\bcollapse\s+of\s+(?:the\s+)?(?:talks|negotiations)\b/giu,
    examples: ['The dispute led to a breakdown in talks on Monday.', 'Negotiations collapsed after the second round.'],
    counterExamples: ['The talks broke new ground on tariffs.', 'The breakdown of the figures is attached.'],
  },
  {
    id: 'would-not-accept', polarity: -1,
    reason: 'A party that would not accept the draft on the table reads the talks as stuck.',
    pattern: new RegExp(`\\bnot\\s+(?:the\\s+|an?\\s+)?(?:one|${DEAL}|offer|proposal|draft)\\b[^.]{0,60}?\\bwould\\s+(?:ever\\s+)?accept\\b`, 'giu'),
    examples: ['The offer is not one the union would accept, a negotiator said.'],
    counterExamples: ['The union would accept the offer, a negotiator said.'],
  },
  {
    id: 'will-not-sign', polarity: -1,
    reason: 'A refusal to sign, or no signing, reads the deal as not coming.',
    // A condition after it ("will not sign a deal that does not …", "without …") is a red line, not an outlook.
    pattern: /(?:\b(?:will|would|shall)\s+not\s+sign\b|\b(?:won['’]t|wouldn['’]t|refused\s+to|refuses\s+to|declined\s+to)\s+sign\b|\bno\s+signing\b)(?![^.]{0,50}?\b(?:unless|without|if|that\s+(?:does|do|did)\s*(?:not|n['’]t))\b)/giu,
    examples: ['The delegation will not sign the text in its current form.', 'There would be no signing on Monday.'],
    counterExamples: ['The delegation will sign the text on Monday.', 'It will not sign an accord that does not protect its fishermen.', 'They won’t sign without guarantees.'],
  },
  {
    id: 'deal-in-jeopardy', polarity: -1,
    reason: 'A deal in jeopardy or with slim chances reads the talks as failing.',
    pattern: /\bin\s+(?:jeopardy|peril)\b|\b(?:chances|prospects)\s+of\s+[^.]{0,40}?\s+(?:are|were|look|looked|seem|remain)\s+(?:slim|dim|remote|poor)\b/giu,
    examples: ['The trade pact is in jeopardy after the vote.', 'The chances of reaching one are slim, officials said.'],
    counterExamples: ['The chances of rain are high.'],
  },
  {
    id: 'draft-unacceptable', polarity: -1,
    reason: 'A draft called unacceptable to one party reads the deal as out of reach for now.',
    pattern: new RegExp(`\\b(?:${DEAL}|draft|proposal|offer)\\b[^.]{0,40}?\\b(?:is|was|remains)\\s+(?:still\\s+)?(?:unacceptable|not\\s+acceptable)\\b`, 'giu'),
    examples: ['The latest draft of the accord is unacceptable to the farmers.'],
    counterExamples: ['The delay is unacceptable, the mayor said.'],
  },
];
