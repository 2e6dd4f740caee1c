import type { Article } from '../model/article.js';

/**
 * The document the back half of the pipeline passes from stage to stage: one stored article.
 * Each later stage adds its own optional field here (sentences, tokens, mentions, quotes,
 * events), declared by the stage that assigns it; every span is a half-open offset into
 * `article.text`.
 */
export interface ArticleDoc {
  article: Article;
}
