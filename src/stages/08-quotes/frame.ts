import type { Tok } from './frame-tokens.js';
import type { SpeakerPhrase } from './noun-phrase.js';

/**
 * A reporting frame in one sentence: a cue, its speaker, and what it reports: a clause (indirect
 * speech), quotes it frames directly, or quoted words in its scope.
 */
export interface Frame {
  cueStart: number;
  cueEnd: number;
  /** Token index of the cue's first word, for ordering within the sentence. */
  cueTok: number;
  speaker: SpeakerPhrase;
  /** The attribution pattern for an indirect quote made from `content`, or for the direct quotes it frames. */
  pattern: string;
  /** The reported clause, as character offsets, when the frame reports one. */
  content: { start: number; end: number } | null;
  /** The rest of the clause after a frame in mid-sentence ("To prevent problems, he said, officials should …"). */
  tail: { start: number; end: number } | null;
  /** Outer quoted spans this frame introduces or closes directly. */
  direct: number[];
  /** Quoted words later in the sentence are the speaker's ("calling him a “dictator”"). */
  fragments: boolean;
  /** ", citing X": quoted words inside the content are X's. */
  citing: SpeakerPhrase | null;
  /** Where the frame's own words begin (its comma included): a clause it closes ends before it. */
  boundary: number;
  /** The frame's own words, where the medium and date of the statement are read. */
  regionStart: number;
  regionEnd: number;
  /** Ends in a colon at the end of the sentence: frames the quote that opens the next one. */
  introducesNext: boolean;
  participle: boolean;
  why: string[];
}

/** A frame before its shape is known: the cue, the speaker and the reasons. */
export type FrameBase = Omit<Frame, 'pattern' | 'content' | 'direct' | 'regionStart' | 'regionEnd'>;

/** What frame reading shares within one sentence: the text, its tokens, the frames read so far. */
export interface FrameContext {
  text: string;
  toks: readonly Tok[];
  frames: Frame[];
}

/** A speaker and how it stands to its cue: after it ("said Mr Blair"), or as a relative clause's subject. */
export interface Found {
  speaker: SpeakerPhrase;
  inverted: boolean;
  relative: boolean;
}
