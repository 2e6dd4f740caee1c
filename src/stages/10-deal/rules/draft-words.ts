import type { Reception } from '../../../model/deal.js';

/** An example for a draft rule: braces mark the draft words, brackets actors. */
export interface DraftExample {
  text: string;
  /** Bracketed text of the expected author, or null for none. */
  author?: string | null;
  generation?: string;
  reception?: Reception;
}

/** Words that name a draft, and whether they need a qualifier to count ("offer", "plan" are often not drafts). */
export interface DraftHead {
  id: string;
  words: readonly string[];
  /** Count only with a generation word, an author or "of the deal" ("his initial offer", "the U.S. version"). */
  needsQualifier: boolean;
  reason: string;
  examples: readonly DraftExample[];
  counterExamples: readonly string[];
}

export const DRAFT_HEADS: readonly DraftHead[] = [
  {
    id: 'draft-head-draft',
    words: ['draft', 'proposal', 'counterproposal', 'counter-proposal', 'counteroffer', 'counter-offer'],
    needsQualifier: false,
    reason: 'A draft or proposal is a text tabled by one side.',
    examples: [
      { text: 'Last week [Kyiv] sent Washington a {revised draft} of an accord.', author: 'Kyiv', generation: 'revised' },
      { text: 'The [Trump administration]\'s {latest draft} of the agreement is more far-reaching.', author: 'Trump administration', generation: 'latest' },
    ],
    counterExamples: ['The team drafted a statement.'],
  },
  {
    id: 'draft-head-qualified',
    words: ['offer', 'version', 'plan', 'package', 'bill', 'framework'],
    needsQualifier: true,
    reason: '"his initial offer", "an earlier U.S. version", "the Senate bill" are drafts; a bare "offer" or "plan" often is not.',
    examples: [
      { text: 'Zelensky infuriated [Trump] by rejecting {his initial offer}.', author: null, generation: 'initial', reception: 'rejected' },
      { text: 'There were concerns over {an earlier [U.S.] version}.', author: 'U.S.', generation: 'initial' },
    ],
    counterExamples: ['It was an offer they could not refuse.'],
  },
];

/** Modifiers that place a draft in the sequence. */
export const GENERATIONS: readonly { id: string; words: readonly string[]; rank: number; reason: string }[] = [
  { id: 'initial', rank: 0, words: ['initial', 'original', 'first', 'earlier', 'previous', 'prior', 'old'], reason: '"his initial offer", "the original proposal": the first text tabled.' },
  { id: 'revised', rank: 1, words: ['revised', 'improved', 'new', 'updated', 'amended', 'second', 'modified', 'fresh', 'counter'], reason: '"a revised draft", "an improved draft": a later text replacing an earlier one.' },
  { id: 'latest', rank: 2, words: ['latest', 'final', 'newest', 'most recent'], reason: '"the latest draft": the newest text as of the article.' },
  { id: 'current', rank: 2, words: ['current', 'present', 'existing', 'this'], reason: '"the current draft": the text on the table as of the article.' },
];

/** Verbs whose subject tables a draft ("has given Ukraine an improved draft", "made a revised proposal"). */
export const TABLING_VERBS = /\b(?:giv(?:e|es|en|ing)|gave|made|mak(?:e|es|ing)|sen[dt]s?|sending|present(?:s|ed|ing)?|tabl(?:e|es|ed|ing)|submit(?:s|ted|ting)?|hand(?:s|ed|ing)?|unveil(?:s|ed|ing)?|releas(?:e|es|ed|ing)|offer(?:s|ed|ing)?|put(?:s|ting)?\s+forward|propos(?:e|es|ed|ing)|draft(?:s|ed|ing)?|roll(?:s|ed|ing)?\s+out|introduc(?:e|es|ed|ing)|pass(?:es|ed|ing)?)\b/giu;

/** "a proposal pushed by X", "proposed by X", "a plan from X": the agent after the draft is its author. */
export const BY_AGENT = /^(?:\s+of\s+(?:the|an?)\s+[\p{L}\s-]{0,30}?(?:agreement|deal|accord))?\s*,?\s*(?:(?:pushed|proposed|drafted|presented|put\s+forward|tabled|offered|made|sent|submitted|written|unveiled|backed|championed)\s+by|from)\s+/u;

/** One way a sentence shows how a draft was received, relative to the draft's words. */
export interface ReceptionCue {
  id: string;
  reception: Reception;
  /** Tested on the text before the draft (`before`, anchored at its end), after it (`after`, anchored at its start), or the whole sentence. */
  side: 'before' | 'after' | 'sentence';
  pattern: RegExp;
  reason: string;
  examples: readonly DraftExample[];
  counterExamples: readonly string[];
}

export const RECEPTION_CUES: readonly ReceptionCue[] = [
  {
    id: 'reception-rejected-verb', reception: 'rejected', side: 'before',
    pattern: /\b(?:reject(?:ed|ing|s)?|refus(?:ed|ing|es)(?:\s+to\s+sign)?|turn(?:ed|ing|s)?\s+down|dismiss(?:ed|ing|es)|rebuff(?:ed|ing|s)?|resistance\s+to\s+signing|wouldn['’]t\s+sign|would\s+not\s+sign|will\s+not\s+sign)\s+(?:\S+\s+){0,2}$/iu,
    reason: '"Ukraine rejected a proposal", "rejecting his initial offer", "resistance to signing a proposed agreement".',
    examples: [{ text: '[Ukraine] rejected {a proposal} pushed by [Bessent].', author: 'Bessent', reception: 'rejected' }],
    counterExamples: ['Ukraine welcomed {a proposal} from Washington.'],
  },
  {
    id: 'reception-rejected-predicate', reception: 'rejected', side: 'after',
    pattern: /^[^.;]{0,140}?\b(?:is|was|are|were|remains?|seemed|appears?)\s+(?:\S+\s+){0,2}?(?:unacceptable|not\s+acceptable|unfair|inadequate|[“"]?not\s+the\s+one\b[^.;]{0,40}?\baccept)/iu,
    reason: '"the current draft … is unacceptable", "a draft deal … is “not the one President Zelensky would accept”", "a U.S. proposal … was unfair".',
    examples: [{ text: 'According to sources, {the current draft} of the agreement is unacceptable to Zelensky.', reception: 'rejected', generation: 'current' }],
    counterExamples: ['{The current draft} is acceptable to both sides.'],
  },
  {
    id: 'reception-accepted', reception: 'accepted', side: 'before',
    pattern: /\b(?:accept(?:ed|s|ing)?|sign(?:ed|s|ing)|agree(?:d|s)?\s+to|approv(?:ed|es|ing)|pass(?:ed|es))\s+(?:\S+\s+){0,2}$/iu,
    reason: '"accepted the proposal", "signed the revised draft", "the Senate passed the bill".',
    examples: [{ text: 'The Senate passed {the revised bill} on Wednesday.', reception: 'accepted', generation: 'revised' }],
    counterExamples: ['They refused to sign {the revised draft}.'],
  },
  {
    id: 'reception-under-negotiation', reception: 'under negotiation', side: 'sentence',
    pattern: /\b(?:talks\s+(?:are|were)\s+ongoing|negotiat(?:e|es|ed|ing)\s+amendments|continu(?:e|es|ed|ing)\s+to\s+work\s+on|working\s+on|hammer(?:ing)?\s+out|revis(?:e|ing)|under\s+(?:negotiation|discussion|review)|still\s+being\s+negotiated)\b/iu,
    reason: '"Talks are ongoing after the administration made a revised proposal", "still trying to negotiate amendments".',
    examples: [{ text: 'Talks are ongoing after the [Trump administration] made {a revised proposal}.', author: 'Trump administration', reception: 'under negotiation', generation: 'revised' }],
    counterExamples: ['They rejected {the revised proposal}; talks collapsed.'],
  },
];

/**
 * Phrases that say talks go on: an article holding one treats its newest draft as under
 * negotiation unless a sentence says otherwise ("will continue hammering out the details").
 */
export const TALKS_CONTINUE = /\b(?:continu(?:e|es|ed|ing)\s+(?:hammering\s+out|to\s+negotiate|negotiating|talks|to\s+work)|talks\s+(?:are|were|remain)\s+ongoing|negotiations\s+(?:are\s+)?(?:still\s+)?ongoing|still\s+(?:trying\s+to\s+)?negotiat(?:e|ing)|efforts\s+to\s+revise)\b/iu;
