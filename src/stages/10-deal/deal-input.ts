import type { Actor } from '../../model/actor.js';
import type { Article } from '../../model/article.js';
import type { DateMention, Event } from '../../model/event.js';
import type { Mention, Sentence, Token } from '../../model/language.js';
import type { Quote } from '../../model/quote.js';
import type { IssuesConfig } from '../../config/issues-config.js';

/** What stage 10 reads of one article's language layer: sentences, mentions (money) and resolved dates. */
export interface DealDoc {
  article: Pick<Article, 'id'>;
  sentences?: readonly Sentence[];
  /** Tokens with their part-of-speech tags, when the language stage tagged them. */
  tokens?: readonly Token[];
  mentions?: readonly Mention[];
  dates?: readonly DateMention[];
}

/**
 * What `buildDeal` needs of the model: the articles, the resolved actors (with their mention
 * spans), the quotes with linked speakers, and optionally the events and per-article docs.
 */
export interface DealInput {
  articles: readonly Article[];
  actors: readonly Actor[];
  quotes: readonly Quote[];
  /** Linked events (stage 09): a stance cue on an event trigger takes the event's source as holder. */
  events?: readonly Event[];
  /** Sentences, money mentions and dates per article; without them sentences are cut here and positions take the publication date. */
  docs?: readonly DealDoc[];
}

/** Options of `buildDeal`; every one has a default (see DEAL_SETTINGS). */
export interface DealOptions {
  /** YYYY-MM-DD: use only articles published on or before it; undated articles are left out. */
  asOf?: string;
  /** The user's issue config: rename, merge, add or drop issues. */
  issues?: IssuesConfig;
  /** An issue must be named by a frame or the lexicon in at least this many sentences of the coverage. */
  minIssueSentences?: number;
}

/** One typed configuration for stage 10: defaults and help text. */
export const DEAL_SETTINGS = {
  minIssueSentences: { default: 2, help: 'an issue must be named by a frame or the negotiation lexicon in at least this many sentences (minerals-deal gold: 1 lets one-off phrases in, 3 drops "EU accession")' },
  maxTermWords: { default: 6, help: 'longest noun phrase read as an issue term, in words' },
  scopeWords: { default: 20, help: 'how far after a stance cue an issue may be named, in words, within the clause (minerals-deal gold: 12 lost "wants Kyiv to give some $500 billion … as a way of repaying")' },
} as const;
