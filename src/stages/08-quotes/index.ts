import type { ActorModel } from '../../model/actor.js';
import type { Quote } from '../../model/quote.js';
import type { ArticleDoc } from '../../pipeline/article-doc.js';
import { defineStage } from '../../pipeline/define-stage.js';
import { attributeSpeakers } from './attribute-speakers.js';
import { STAGE_VERSION, toQuotes } from './build-quotes.js';
import { findQuotes } from './find-quotes.js';

/** The article document as this stage reads and writes it. */
export type QuotesDoc = ArticleDoc;

/** Quotes of one article, speakers as printed; `attributeSpeakers` links them once the actor model exists. */
export function quotesOf(doc: QuotesDoc, actorModel: ActorModel | null = null): Quote[] {
  const found = toQuotes(doc.article, findQuotes(doc.article.text, { published: doc.article.published }));
  return attributeSpeakers(found, doc, actorModel);
}

/** Stage 08: direct quotes and indirect speech with their speakers, media and dates. */
export const quotes = defineStage<QuotesDoc>({
  name: 'quotes',
  version: STAGE_VERSION,
  requires: ['article', 'mentions'],
  assigns: ['quotes'],
  run: (doc) => ({ ...doc, quotes: quotesOf(doc) }),
});

export { findQuotes, type FindQuotesOptions } from './find-quotes.js';
export { attributeSpeakers } from './attribute-speakers.js';
export { toQuotes } from './build-quotes.js';
export type { QuoteCandidate, Attribution } from './quote-candidate.js';
