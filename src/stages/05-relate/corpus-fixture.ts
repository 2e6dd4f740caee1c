import { fileURLToPath } from 'node:url';
import { buildModel, type DealModel } from '../../analysis/build-model.js';
import type { Article } from '../../model/article.js';
import { processPage } from '../../pipeline/ingest-run.js';
import { readInputs } from '../01-ingest/index.js';

/** For tests only: the built-in corpus folder and its gold. */
export const CORPUS_DIR = fileURLToPath(new URL('../../../corpus/minerals-deal/', import.meta.url));
export const GOLD_DIR = fileURLToPath(new URL('../../../gold/minerals-deal/', import.meta.url));

let cached: Promise<DealModel> | null = null;

/** For tests only: the built-in corpus through the real front half (ingest, clean, segment, metadata) and back half (language, quotes, actors). */
export function mineralsModel(): Promise<DealModel> {
  cached ??= (async () => {
    const articles: Article[] = [];
    for await (const item of readInputs([CORPUS_DIR])) {
      if (item.kind !== 'page') throw new Error(`corpus input failed: ${item.issue.message}`);
      const { result } = processPage(item.page, false);
      if ('code' in result) throw new Error(result.message);
      articles.push(...result.articles);
    }
    return buildModel(articles);
  })();
  return cached;
}

/** The corpus file an article came from ("004_….txt"), as gold files are named. */
export function fileOf(article: Pick<Article, 'source'>): string {
  return article.source.replace(/#\d+$/, '').split(/[\\/]/).pop() ?? article.source;
}
