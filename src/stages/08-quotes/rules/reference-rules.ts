import type { QuoteRule } from './quote-rule.js';

/** How a speaker phrase that does not name anyone is read back to the words that do. */
export const SOURCE_BACK_REFERENCE: QuoteRule = {
  id: 'speaker-source-back-reference',
  reason: '"the source", "the official", "Reuters\' source" refer back to the last source introduced with the same noun and no other side.',
  examples: [{ text: 'The draft is unacceptable, according to a source familiar with the negotiations. “It foresees no obligations,” the source said.', quote: 'It foresees no obligations', kind: 'direct', speaker: 'the source' }],
  counterExamples: ['“It foresees no obligations,” the source said.'],
};

export const PRONOUN_BACK_REFERENCE: QuoteRule = {
  id: 'speaker-pronoun-back-reference',
  reason: '"he said" takes the last fitting speaker before it, else the last person named before it.',
  examples: [{ text: 'Waltz said the deal was close. “They need to sign that deal,” he added.', quote: 'They need to sign that deal', kind: 'direct', speaker: 'he' }],
  counterExamples: ['Reuters reported the figures. “It is done.”'],
};

export const TITLE_BACK_REFERENCE: QuoteRule = {
  id: 'speaker-title-back-reference',
  reason: '"the Treasury secretary" refers back to the last name given that office, with the same rank and side.',
  examples: [{ text: 'Treasury Secretary Scott Bessent met him. The Treasury secretary said that he gave a draft to Kyiv.', quote: 'he gave a draft to Kyiv', kind: 'indirect', speaker: 'The Treasury secretary' }],
  counterExamples: ['The Treasury secretary said that he gave a draft to Kyiv.'],
};

/** How attributeSpeakers reached an actor; recorded in `why`. */
export const ACTOR_LINKS = {
  atWords: { id: 'speaker-actor-at-words', reason: 'The actor model places an actor at the words that name the speaker.' },
  atAntecedent: { id: 'speaker-actor-at-antecedent', reason: 'A pronoun, title or "the source" refers back to words where the actor model places an actor.' },
  nearestBefore: { id: 'speaker-actor-nearest-before', reason: 'A pronoun with no antecedent in the text takes the nearest fitting actor the model places before it.' },
} as const;
