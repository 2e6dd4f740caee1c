import type { HeadFamily, WordList } from './rule-types.js';

/**
 * Head nouns that name one kind of stake. General negotiation vocabulary: terms whose heads
 * share a family and whose modifiers share a word are one issue ("security guarantees",
 * "security assurances"). `standalone` families name an issue by the head alone.
 */
export const HEAD_FAMILIES: readonly (HeadFamily & { standalone: boolean })[] = [
  {
    id: 'family-guarantee', name: 'guarantees', standalone: false,
    words: ['guarantee', 'assurance', 'commitment', 'pledge', 'shield', 'backstop', 'umbrella'],
    reason: 'Guarantees, assurances, commitments and shields are promises of protection: "security assurances" is the same ask as "security guarantees".',
    examples: [['security guarantees', 'security assurances'], ['security guarantees', 'security commitments']],
    counterExamples: [['security guarantees', 'financial guarantees'], ['security guarantees', 'loan guarantees']],
  },
  {
    id: 'family-compensation', name: 'compensation', standalone: true,
    words: ['compensation', 'repayment', 'reimbursement', 'restitution', 'reparation', 'repay', 'repaying', 'repaid', 'recoup', 'recouping', 'reimburse', 'compensate', 'payback'],
    reason: 'Being paid back for what was given: "repay Washington for aid", "recoup the billions", "compensation for aid" are one demand.',
    examples: [['compensation for aid', 'repayment of aid']],
    counterExamples: [['compensation for aid', 'military aid']],
  },
  {
    id: 'family-membership', name: 'membership', standalone: false,
    words: ['membership', 'accession', 'entry', 'admission'],
    reason: 'Joining a body: "membership in the European Union" and "accession to the EU" are one issue once the body is the same actor.',
    examples: [['membership in NATO', 'accession to NATO']],
    counterExamples: [['membership in NATO', 'membership in the WTO']],
  },
  {
    id: 'family-investment', name: 'investment', standalone: true,
    words: ['investment', 'investing', 'invest', 'co-invest', 'co-investment'],
    reason: 'Putting money into the other side\'s economy: "US investment", "co-invest" and "investing in our resources" are one offer.',
    examples: [['American investment', 'investment in the economy']],
    counterExamples: [['investment', 'aid']],
  },
  {
    id: 'family-support', name: 'support', standalone: false,
    words: ['support', 'backing', 'assistance', 'aid', 'help'],
    reason: 'Support, backing, aid and assistance are one kind of help; the modifier says which ("military support", "continued support").',
    examples: [['military support', 'military aid'], ['continued support', 'further support']],
    counterExamples: [['military aid', 'humanitarian aid']],
  },
  {
    id: 'family-sovereignty', name: 'sovereignty', standalone: true,
    words: ['sovereignty', 'independence', 'self-determination', 'integrity'],
    reason: 'A state\'s say over itself: "sovereignty" needs no modifier to name the issue, and "territorial integrity" is the same stake.',
    examples: [['sovereignty', 'Ukrainian sovereignty'], ['sovereignty', 'territorial integrity']],
    counterExamples: [['sovereignty', 'security']],
  },
  {
    id: 'family-participation', name: 'place', standalone: false,
    words: ['place', 'seat', 'participation', 'inclusion', 'exclusion'],
    reason: 'Taking part in talks: "a seat at the table", "a place at the table" and (through the place-at-table frame) "part of any talks" are one issue.',
    examples: [['a seat at the table', 'a place at the table']],
    counterExamples: [['a seat at the table', 'a role in the military']],
  },
  {
    id: 'family-role', name: 'hub', standalone: false,
    words: ['hub', 'centre', 'center', 'base', 'supplier', 'colony', 'appendage'],
    reason: 'A role a side refuses to be cast in: "a hub for raw materials" and "a centre of raw materials" are one refusal.',
    examples: [['hub for raw materials', 'centre of raw materials']],
    counterExamples: [['hub for raw materials', 'centre of the city']],
  },
];

/**
 * Heads read as issue terms wherever they occur, not only after a frame: words that in any
 * negotiation name a stake (the brief's "small general lexicon of negotiation vocabulary").
 */
export const NEGOTIATION_HEADS: WordList = {
  id: 'negotiation-heads',
  reason: 'These nouns name what is bargained over in any negotiation, so a sentence naming one names an issue even without a demand verb.',
  words: [
    'guarantee', 'guarantees', 'assurance', 'assurances', 'compensation', 'repayment', 'reimbursement', 'access', 'accession', 'membership', 'sovereignty',
    'investment', 'concession', 'concessions', 'sanctions', 'ceasefire', 'cease-fire', 'obligations', 'reciprocity', 'protections', 'benefits', 'payments',
    'checks', 'funding', 'relief', 'tariffs', 'loans', 'oversight', 'immunity', 'liability', 'withdrawal', 'territory', 'territories', 'independence',
    'repay', 'repaying', 'recoup', 'recouping', 'reimburse', 'compensate', 'invest', 'investing', 'co-invest',
  ],
  examples: [
    { text: 'Potentially use mineral exports as compensation for U.S. aid.', term: 'compensation for U.S. aid' },
    { text: 'The draft does not foresee any American obligations.', term: 'obligations' },
  ],
  counterExamples: [{ text: 'The minerals deal was discussed.', term: '' }],
};
