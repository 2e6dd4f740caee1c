import type { DateMention } from '../../model/event.js';
import type { Mention, Token } from '../../model/language.js';
import { argumentUnits, type ArgUnit } from './argument-units.js';
import type { QuoteSpan } from './quote-spans.js';
import { segmentSentence, type Segment } from './segments.js';

/** Everything the event finders look at in one sentence, in article offsets. */
export interface SentenceView {
  text: string;
  index: number;
  start: number;
  end: number;
  units: ArgUnit[];
  segments: Segment[];
  dates: DateMention[];
  quotes: readonly QuoteSpan[];
  /** wink-nlp tokens of the sentence when the language stage gave them (POS tells a noun from a verb). */
  tokens: readonly Token[];
}

/** Builds the view of one sentence from the article's layers. */
export function viewSentence(
  text: string, index: number, span: { start: number; end: number },
  mentions: readonly Mention[], dates: readonly DateMention[], quotes: readonly QuoteSpan[], tokens: readonly Token[],
): SentenceView {
  const inSentence = <T extends { start: number; end: number }>(x: T): boolean => x.start >= span.start && x.end <= span.end;
  const units = argumentUnits(text, mentions.filter(inSentence));
  const sentenceDates = dates.filter(inSentence);
  const segments = segmentSentence(text, span.start, span.end, [...units, ...sentenceDates]);
  return { text, index, start: span.start, end: span.end, units, segments, dates: sentenceDates, quotes, tokens: tokens.filter(inSentence) };
}

/** The segment that holds a position (the last one for the sentence end). */
export function segmentAt(view: SentenceView, pos: number): Segment {
  const found = view.segments.find((s) => pos >= s.start && pos < s.end) ?? view.segments[view.segments.length - 1];
  if (!found) throw new Error('[E_EVENTS_SEGMENT] a sentence without segments; the sentence span is empty');
  return found;
}

/** Index of the segment that holds a position. */
export function segmentIndex(view: SentenceView, pos: number): number {
  return view.segments.indexOf(segmentAt(view, pos));
}
