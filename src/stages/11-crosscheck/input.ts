import type { Actor } from '../../model/actor.js';
import type { Article } from '../../model/article.js';
import type { Event } from '../../model/event.js';
import type { Quote } from '../../model/quote.js';
import type { SourceRelations } from '../../model/relation.js';
import type { PairSearch } from './pair-index.js';
import type { QuoteText } from './quote-pairs.js';

/** What stage 11 reads: the model of the corpus and stage 05's relations between its sources. */
export interface CrossCheckInput {
  articles: readonly Article[];
  actors: readonly Actor[];
  quotes: readonly Quote[];
  events?: readonly Event[];
}

/** Shared by the checks: the input, articles by id and the relations. */
export interface CheckContext {
  model: CrossCheckInput;
  articles: Map<string, Article>;
  relations: SourceRelations;
  /** A quote's words, read once for all checks. */
  quoteText: (q: Quote) => QuoteText;
  /** Told how many pairs each check compared (tests hold them to the shared keys, not all pairs). */
  searched: (check: string, search: PairSearch) => void;
}
