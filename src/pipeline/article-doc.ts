import type { Article } from '../model/article.js';

/**
 * The document the back half of the pipeline passes from stage to stage: one stored article.
 * Later stages add their fields (sentences, tokens, mentions, quotes, events) here, each
 * declared by the stage that assigns it; every span is a half-open offset into `article.text`.
 */
export interface ArticleDoc {
  article: Article;
  [field: string]: unknown;
}
