import type { TriggerExample } from './trigger-rule.js';

/**
 * Words that report speech. Acts that are the words themselves (an accusation, a demand, a
 * refusal) take the speaker as their source.
 */
export interface SpeechCue {
  id: string;
  pattern: RegExp;
  /** Where the speaker is: a name before or right after the verb, the clause subject, or the name after the cue. */
  speaker: 'verb' | 'subject' | 'after';
  reason: string;
  examples: readonly TriggerExample[];
  counterExamples: readonly string[];
}

export const SPEECH_CUES: readonly SpeechCue[] = [
  {
    id: 'speech-verb',
    pattern: /\b(?:said|says|say|told|tells|tell|added|adds|noted|notes|stated|states|insisted|insists|claimed|claims|confirmed|confirms|posted|wrote|writes|warned|argued|suggested|explained|responded|replied|tweeted|announced|reported|reports|declared|emphasi[sz]ed|stressed|underscored|maintained|acknowledged|admitted|revealed|continued|quoted)\b/giu,
    speaker: 'verb',
    reason: '"X said", "said X", "…, X added": the name next to the reporting verb is the speaker.',
    examples: [
      { text: '“[Zelenskiy] needs to come back to the table,” [Waltz] said.', type: 'REQUEST', source: 'Waltz', target: 'Zelenskiy' },
      { text: '[Waltz] said on Thursday that [Zelensky] needs to tone it down.', type: 'REQUEST', source: 'Waltz', target: 'Zelensky' },
    ],
    counterExamples: [],
  },
  {
    id: 'speech-participle',
    pattern: /\b(?:saying|stating|noting|adding|arguing|warning|writing|telling|responding|insisting|claiming|confirming|dismissing)\b/giu,
    speaker: 'subject',
    reason: '"…, saying …" reports the words of the clause\'s subject.',
    examples: [{ text: '[The Ukrainian leader] hit back, saying [the US president] lives in a “disinformation space.”', type: 'ACCUSE', source: 'The Ukrainian leader', target: 'the US president' }],
    counterExamples: [],
  },
  {
    id: 'speech-according-to',
    pattern: /\baccording to\b/giu,
    speaker: 'after',
    reason: '"according to X" names the speaker after it.',
    examples: [{ text: 'A [U.S.] proposal was unfair, according to [Zelensky].', type: 'REJECT', source: 'Zelensky', target: 'U.S.' }],
    counterExamples: [],
  },
];
