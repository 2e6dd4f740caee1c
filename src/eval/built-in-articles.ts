import { readInputs } from '../stages/01-ingest/index.js';
import { processPage } from '../pipeline/ingest-run.js';
import { builtInCorpus } from '../cli/paths.js';
import type { Article } from '../model/article.js';

/** The built-in corpus through the real front half, without a store: what gold tests score. */
export async function builtInArticles(corpus: string = builtInCorpus): Promise<Article[]> {
  const out: Article[] = [];
  for await (const item of readInputs([corpus], {})) {
    if (item.kind === 'issue') throw new Error(item.issue.message);
    const { result } = processPage(item.page, false);
    if (!('articles' in result)) throw new Error(result.message);
    out.push(...result.articles);
  }
  return out;
}
