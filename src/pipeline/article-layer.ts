import type { Article } from '../model/article.js';
import type { ArticleLayer, EncodedLayer } from '../model/article-layer.js';
import type { ArticleDoc } from './article-doc.js';
import { backHalfPerArticle } from './back-half.js';
import { runStages, type StageFailure } from './run-pipeline.js';

/** The version of stored layers: the per-article stages and their versions, in run order. */
export const LAYER_VERSION = backHalfPerArticle.map((s) => `${s.name}@${s.version}`).join('+');

/** One article through the per-article stages of the back half. */
export interface AnalysedArticle {
  doc: ArticleDoc;
  failure: StageFailure | null;
  timings: Record<string, number>;
}

export function analyseArticle(article: Article): AnalysedArticle {
  return runStages(backHalfPerArticle, { article });
}

/** The storable layer of an analysed article. */
export function layerOf(doc: ArticleDoc, failure: StageFailure | null): ArticleLayer {
  return {
    article: doc.article.id,
    version: LAYER_VERSION,
    sentences: doc.sentences,
    tokens: doc.tokens?.map((t) => [t.start, t.end, t.pos ?? '']),
    mentions: doc.mentions,
    quotes: doc.quotes,
    dates: doc.dates,
    events: doc.events,
    ...(failure ? { failure } : {}),
  };
}

/** The document a stored layer stands for, as the stages left it. */
export function docFromLayer(article: Article, layer: ArticleLayer): ArticleDoc {
  return {
    article,
    sentences: layer.sentences,
    tokens: layer.tokens?.map(([start, end, pos]) => ({ start, end, pos })),
    mentions: layer.mentions,
    quotes: layer.quotes,
    dates: layer.dates,
    events: layer.events,
  };
}

export function encodeLayer(layer: ArticleLayer): EncodedLayer {
  return { article: layer.article, version: layer.version, json: JSON.stringify(layer) };
}
