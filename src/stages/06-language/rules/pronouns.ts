import type { WordListRule } from './rule.js';

/** Personal pronouns that refer to one person, with their gender. */
export interface PronounRule extends WordListRule {
  gender: 'm' | 'f';
}

export const PRONOUNS: readonly PronounRule[] = [
  {
    id: 'pronoun-male',
    gender: 'm',
    words: ['he', 'him', 'his', 'himself'],
    reason: '"he said", "he added" take their speaker from the nearest man named before.',
    examples: ['“They need to tone it down,” he added.'],
    counterExamples: ['The hero arrived.'],
  },
  {
    id: 'pronoun-female',
    gender: 'f',
    words: ['she', 'her', 'hers', 'herself'],
    reason: '"she said" takes its speaker from the nearest woman named before.',
    examples: ['She joined Newsweek in 2024.'],
    counterExamples: ['The herald said.'],
  },
];
