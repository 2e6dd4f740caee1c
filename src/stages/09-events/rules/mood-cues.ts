import type { Modality } from '../../../model/event.js';
import type { TriggerExample } from './trigger-rule.js';

/** Where a cue is looked for: right before the trigger, earlier in its clause, the whole sentence, or the words after the trigger. */
export type CueScope = 'adjacent' | 'clause' | 'sentence' | 'following';

/** A negation or modality cue as data. */
export interface MoodCue {
  id: string;
  /** Tested on the text of the scope: up to the trigger, the whole sentence, or (`following`) from the trigger's end. */
  pattern: RegExp;
  scope: CueScope;
  /** Negation cues set `negated`; modality cues set the modality. */
  effect: 'negated' | Modality;
  reason: string;
  examples: readonly TriggerExample[];
  counterExamples: readonly TriggerExample[];
}

export const NEGATION_CUES: readonly MoodCue[] = [
  {
    id: 'negation-not',
    pattern: /\b(?:not|never|no longer|n[’']t)\s+(?:[\p{L}-]+\s+){0,2}$/iu,
    scope: 'adjacent',
    effect: 'negated',
    reason: '"did not sign", "was not invited", "has never met": the act is stated not to have happened.',
    examples: [{ text: '[Ukraine] did not sign the deal with [the United States].', type: 'AGREE', negated: true, modality: 'asserted' }],
    counterExamples: [
      { text: 'Not only did [Kellogg] meet [Zelensky], he stayed three days.', type: 'CONSULT', negated: false },
      { text: '[Ukraine] was not invited to talks between [the US] and [Russia].', type: 'CONSULT', source: 'the US', target: 'Russia', negated: false, modality: 'asserted' },
    ],
  },
  {
    id: 'negation-no',
    pattern: /\bno\s+(?:[\p{L}-]+\s+)?$/iu,
    scope: 'adjacent',
    effect: 'negated',
    reason: '"no signing", "no agreement": the act is stated not to happen.',
    examples: [{ text: '[An official] told [Suspilne] that there would be no signing of the agreement on Saturday.', type: 'AGREE', negated: true, modality: 'asserted' }],
    counterExamples: [{ text: '[Ukraine] signed, no questions asked, with [Poland].', type: 'AGREE', negated: false }],
  },
  {
    id: 'negation-refuse',
    pattern: /\b(?:refus\w*|declin\w*|fail\w*)\s+to\s+$/iu,
    scope: 'adjacent',
    effect: 'negated',
    reason: '"refused to meet", "failed to sign": the act did not happen.',
    examples: [{ text: '[Russia] refused to meet [Ukraine].', type: 'CONSULT', negated: true }],
    counterExamples: [{ text: '[Russia] agreed to meet [Ukraine].', type: 'CONSULT', negated: false }],
  },
];

export const MODALITY_CUES: readonly MoodCue[] = [
  {
    id: 'modality-question',
    pattern: /\?\s*$/u,
    scope: 'sentence',
    effect: 'hypothetical',
    reason: 'An act asked about in a question has not been asserted.',
    examples: [{ text: 'Will [the U.S.] offer [Ukraine] security guarantees?', modality: 'hypothetical' }],
    counterExamples: [{ text: '[The U.S.] met [Ukraine] on Friday.', type: 'CONSULT', modality: 'asserted' }],
  },
  {
    id: 'modality-demand',
    pattern: /\b(?:urg\w+|press(?:ed|ing|es)?|pressur\w+|push\w*|call(?:ed|ing|s)? on|ask\w*|wants?|wanted|needs?|must|told|demand\w*|forc\w+|for)\s+(?:[\p{L}.’'-]+\s+){0,5}?to\s+(?:[\p{L}-]+\s+){0,8}?$/iu,
    scope: 'clause',
    effect: 'demanded',
    reason: '"pushed for Ukraine to sign", "pressured Zelensky to strike a deal": the act is demanded, not done.',
    examples: [{ text: '[Trump] has pushed hard for [Ukraine] to sign an agreement with [the U.S.]', type: 'AGREE', modality: 'demanded' }],
    counterExamples: [{ text: '[Ukraine] signed an agreement with [the U.S.]', type: 'AGREE', modality: 'asserted' }],
  },
  {
    id: 'modality-future',
    pattern: /\b(?:will|shall|['’]ll|going to|plans? to|planned to|planning to|intends? to|intended to|set to|scheduled to|expected to|due to|poised to|prepar\w+ to|aims? to|aimed at|hopes? to|hoped to|wants? to|wanted to|seeks? to|seeking to|try\w* to|tries to|tried to|keen to|eager to|ready to|willing to|efforts? to|agreed to|vowed to|pledged to|promised to|threatened to|offered to|to be held|next)\b/iu,
    scope: 'clause',
    effect: 'planned',
    reason: '"will travel", "is scheduled to attend", "agreed to meet": the act is planned or intended, not done.',
    examples: [{ text: '[Witkoff] will travel to [Saudi Arabia] this week.', type: 'CONSULT', modality: 'planned' }],
    counterExamples: [{ text: '[Witkoff] travelled to [Saudi Arabia] this week.', type: 'CONSULT', modality: 'asserted' }],
  },
  {
    id: 'modality-conditional',
    pattern: /\b(?:would|could|might|may|can|should|if|unless|whether|hesitat\w+|reluctant)\b/iu,
    scope: 'clause',
    effect: 'hypothetical',
    reason: '"would never accept", "might be backing", "if he signs": conditional or possible acts.',
    examples: [{ text: '[Zelensky] would never accept decisions made by [the U.S.]', type: 'AGREE', negated: true, modality: 'hypothetical' }],
    counterExamples: [{ text: '[Zelensky] rejected decisions made by [the U.S.]', type: 'REJECT', modality: 'asserted' }],
  },
  {
    id: 'modality-infinitive',
    pattern: /\bto\s+(?:\p{L}+ly\s+)?$/iu,
    scope: 'adjacent',
    effect: 'planned',
    reason: 'A verb after "to" is an aim or a plan ("moved to sign"), not an act.',
    examples: [{ text: 'The stopover came as [the US leader] prepared to attend a summit in [Beijing].', type: 'CONSULT', modality: 'planned' }],
    counterExamples: [{ text: '[He] went to the talks with [Putin].', type: 'CONSULT', modality: 'asserted' }],
  },
  {
    id: 'modality-indefinite-object',
    pattern: /^\s+(?:[\p{L}-]+\s+){0,2}?(?:an?|any)\s+(?:[\p{L}-]+\s+){0,2}?(?:agreement|deal|accord|proposal|plan)\s+(?:that|which)\b/iu,
    scope: 'following',
    effect: 'hypothetical',
    reason: '"will not sign an agreement that doesn\'t include …" is a condition, not the refusal of a tabled text. Tested on the words after the trigger.',
    examples: [{ text: '[Ukraine] insists it will not sign an agreement that bars it from joining [the EU].', type: 'REJECT', modality: 'hypothetical' }],
    counterExamples: [{ text: '[Ukrainian officials] will not sign the agreement in its current form.', type: 'REJECT', modality: 'asserted' }],
  },
];
