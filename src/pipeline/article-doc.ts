import type { Article } from '../model/article.js';
import type { Mention, Sentence, Token } from '../model/language.js';
import type { Quote } from '../model/quote.js';
import type { DateMention, EventMention } from '../model/event.js';

/**
 * The document the back half of the pipeline passes from stage to stage: one stored article.
 * Each later stage adds its own optional field here (sentences, tokens, mentions, quotes,
 * events), declared by the stage that assigns it; every span is a half-open offset into
 * `article.text`.
 */
export interface ArticleDoc {
  article: Article;
  /** Stage 06 (language): sentences, never across a paragraph or scraped-line break. */
  sentences?: Sentence[];
  /** Stage 06 (language): wink-nlp tokens with character offsets. */
  tokens?: Token[];
  /** Stage 06 (language): people, organisations, countries, titles, sources, dates, money, quantities. */
  mentions?: Mention[];
  /** Stage 08 (quotes): direct and indirect speech; speakers linked once the actor model exists. */
  quotes?: Quote[];
  /** Stage 05 (dates): every date expression, resolved against the publication date. */
  dates?: DateMention[];
  /** Stage 09 (events): event mentions with argument spans; actors are linked after resolution. */
  events?: EventMention[];
}
