import type { TriggerExample } from './trigger-rule.js';

export type SegmentKind = 'main' | 'participial' | 'relative' | 'subordinate' | 'complement' | 'coordinate';

/**
 * A place where a new clause starts. The match's end (or the `at` group's start) is where the new
 * segment begins; a segment without a subject of its own carries over the one before it.
 */
export interface ClauseBoundary {
  id: string;
  kind: SegmentKind;
  pattern: RegExp;
  reason: string;
  examples: readonly TriggerExample[];
  counterExamples: readonly string[];
}

export const CLAUSE_BOUNDARIES: readonly ClauseBoundary[] = [
  {
    id: 'clause-semicolon-colon',
    kind: 'main',
    pattern: /[;:](?=\s)/gu,
    reason: 'A semicolon or colon starts a new clause.',
    examples: [{ text: '[Trump]’s harsh rhetoric: warned [Zelenskyy] to move fast or risk losing [Ukraine].', type: 'THREATEN', source: 'Trump', target: 'Zelenskyy' }],
    counterExamples: [],
  },
  {
    id: 'clause-participle',
    kind: 'participial',
    pattern: /,[”"’]?\s+(?=(?:\p{L}+ly\s+)?\p{Ll}+ing\b)/gu,
    reason: 'A comma and an -ing verb start a participial clause whose subject is the main clause\'s.',
    examples: [{ text: '[Democrats] blasted [Trump], accusing [him] of abandoning an ally.', type: 'ACCUSE', source: 'Democrats', target: 'him' }],
    counterExamples: [],
  },
  {
    id: 'clause-relative',
    kind: 'relative',
    pattern: /,?[”"’]?\s+(?=(?:who|whom|whose|which|where)\b)/gu,
    reason: 'A relative clause ("Trump, who has criticized …") takes the name before it as its subject.',
    examples: [{ text: '[Trump], who has criticized [Zelenskyy]’s war strategy, insists the deal will happen.', type: 'ACCUSE', source: 'Trump', target: 'Zelenskyy' }],
    counterExamples: [],
  },
  {
    id: 'clause-subordinator',
    kind: 'subordinate',
    pattern: /(?:^|\s|,\s*)(?=(?:after|before|while|because|although|though|whereas|unless|until|once|amid|despite|during)\s)/giu,
    reason: 'A subordinating word starts a clause of its own ("after Ukraine objected").',
    examples: [{ text: 'Negotiations stalled after [Ukraine] objected to the proposal by [Bessent].', type: 'REJECT', source: 'Ukraine', target: 'Bessent' }],
    counterExamples: [],
  },
  {
    id: 'clause-subordinator-after-comma',
    kind: 'subordinate',
    pattern: /(?:^|,\s*)(?=(?:as|when|since|if)\s)/giu,
    reason: '"as", "when", "since" and "if" start a clause only at the start of a sentence or after a comma (not in "such as").',
    examples: [{ text: 'As [Kellogg] met [Zelensky], talks resumed.', type: 'CONSULT', source: 'Kellogg', target: 'Zelensky' }],
    counterExamples: [],
  },
  {
    id: 'clause-that',
    kind: 'complement',
    pattern: /\s(?=that\s)/gu,
    reason: '"that" opens a content or relative clause with its own subject.',
    examples: [{ text: '[Zelensky] told [Trump] that [Putin] is only pretending to want peace.', type: 'ACCUSE', source: 'Zelensky', target: 'Putin' }],
    counterExamples: [],
  },
  {
    id: 'clause-after-said',
    kind: 'complement',
    pattern: /\b(?:said|says|added|adds|noted|insisted|insists|claimed|claims|argued|argues|stated|suggested|believes|believed)\s(?!that\b)/gi,
    reason: '"X said economic migration helped the UK": after a reporting verb a new clause starts, with its own subject.',
    examples: [{ text: '[Mr Clarke] said economic migration helped [the UK].', type: 'AID', source: null, target: 'the UK' }],
    counterExamples: [],
  },
  {
    id: 'clause-coordination',
    kind: 'coordinate',
    pattern: /(?:,\s+|\s)(?=(?:and|but|yet)\s+(?:then\s+|also\s+|later\s+|has\s+|have\s+|had\s+|is\s+|was\s+|were\s+|are\s+|will\s+|would\s+|\p{Ll}+ed\s)|(?:but|yet)\s)/gu,
    reason: '"and has …", "but …" start a coordinated clause that shares or replaces the subject.',
    examples: [{ text: '[Trump] has been frustrated with [Ukraine] and has repeatedly accused [Moscow] of stalling.', type: 'ACCUSE', source: 'Trump', target: 'Moscow' }],
    counterExamples: [],
  },
  {
    id: 'clause-comma',
    kind: 'main',
    pattern: /,[”"’]?\s+/gu,
    reason: 'Any other comma closes a phrase; a clause after it without a subject keeps the one before.',
    examples: [{ text: '[Trump], frustrated with the delays, criticized [Zelenskyy]’s approach.', type: 'ACCUSE', source: 'Trump', target: 'Zelenskyy' }],
    counterExamples: [],
  },
];

/** Dash pairs and brackets hold asides whose names are never the clause's subject. */
export const PARENTHETICAL: ClauseBoundary = {
  id: 'clause-parenthetical',
  kind: 'main',
  pattern: /\s?[—–]\s?[^—–\n]{1,160}?\s?[—–]\s?|\s?\([^()\n]{1,160}\)/gu,
  reason: 'An aside between dashes or brackets ("officials—including Rubio—met") is skipped when looking for the subject.',
  examples: [{ text: '[Trump administration officials]—including [Marco Rubio]—met with [Russian officials] this week.', type: 'CONSULT', source: 'Trump administration officials', target: 'Russian officials' }],
  counterExamples: [],
};
