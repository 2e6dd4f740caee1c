import { language } from '../stages/06-language/index.js';
import { quotes } from '../stages/08-quotes/index.js';
import { dates } from '../stages/05-dates/index.js';
import { events } from '../stages/09-events/index.js';
import type { ArticleDoc } from './article-doc.js';
import type { Stage } from './define-stage.js';
import { checkPipeline } from './run-pipeline.js';

/**
 * The per-article stages of the back half, in run order. Actor resolution runs between and
 * after them over all articles at once (it needs the whole corpus), see analysis/build-model.
 */
export const backHalfPerArticle: readonly Stage<ArticleDoc>[] = [language, dates, quotes, events];

checkPipeline(backHalfPerArticle, ['article']);
