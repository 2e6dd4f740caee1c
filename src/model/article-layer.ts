import type { Mention, Sentence } from './language.js';
import type { Quote } from './quote.js';
import type { DateMention, EventMention } from './event.js';

/**
 * What the per-article stages of the back half (language, dates, quotes, events) found in one
 * article, as stored beside it at ingest: reading the model then costs a JSON parse per
 * article instead of a parse of its text. `version` names the stages and their versions that
 * made it; a layer of another version is made again.
 */
export interface ArticleLayer {
  article: string;
  version: string;
  sentences?: Sentence[];
  /** Tokens packed as [start, end, part-of-speech]: a third of the size of objects. */
  tokens?: [number, number, string][];
  mentions?: Mention[];
  quotes?: Quote[];
  dates?: DateMention[];
  events?: EventMention[];
  /** The stage that failed on this article, if one did: the fields before it are kept. */
  failure?: { stage: string; message: string };
}

/** A layer as stored: its JSON made once, where the layer was made (in a worker, off the thread that stores it). */
export interface EncodedLayer {
  article: string;
  version: string;
  json: string;
}
