import type { QuoteKind } from '../../model/quote.js';
import type { Medium } from './find-medium.js';
import type { SpeakerPhrase } from './noun-phrase.js';
import type { SpeakerReading } from './resolve-speakers.js';
import type { SpeechDate } from './speech-date.js';

/** One attribution: a speaker, the cue that credits them, and the medium and date of the statement. */
export interface Attribution {
  /** Order of the attribution in the text: the pieces of one quote share it. */
  index: number;
  speaker: SpeakerPhrase;
  cueStart: number;
  cueEnd: number;
  medium: Medium | null;
  date: SpeechDate | null;
  /** What the text says the speaker phrase refers to (fullest name, source description, antecedent). */
  reading: SpeakerReading;
  why: string[];
}

/** A quote found in plain text, before ids and actors: what `findQuotes` returns. */
export interface QuoteCandidate {
  kind: QuoteKind;
  /** Half-open offsets of the quoted words or the reported clause. */
  start: number;
  end: number;
  text: string;
  attribution: Attribution;
  /** The attribution pattern (rules/attribution-patterns.ts). */
  rule: string;
  why: string[];
  confidence: number;
}
