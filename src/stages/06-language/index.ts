import { defineStage } from '../../pipeline/define-stage.js';
import type { ArticleDoc } from '../../pipeline/article-doc.js';
import { analyseText } from './find-mentions.js';

/**
 * Stage 06: sentences and tokens with offsets into `article.text`, and mentions of people,
 * organisations, countries, nationalities, titles, sources, dates, money and quantities.
 */
export const language = defineStage<ArticleDoc>({
  name: 'language',
  version: '1',
  requires: ['article'],
  assigns: ['sentences', 'tokens', 'mentions'],
  run: (doc) => ({ ...doc, ...analyseText(doc.article.text).layer }),
});

export { analyseText, type Analysis } from './find-mentions.js';
export { plainArticle } from './plain-article.js';
