import { readInputs, type IngestOptions } from '../stages/01-ingest/index.js';
import { inputIssue, type InputIssue } from '../model/issue.js';
import type { Page } from '../model/page.js';
import type { ClassifiedLine } from '../model/line.js';
import type { Article } from '../model/article.js';
import type { ArticleLayer } from '../model/article-layer.js';
import { analyseArticle, layerOf } from './article-layer.js';
import type { ParleyStore } from '../store/store.js';
import { frontHalf } from './front-half.js';
import { runStages } from './run-pipeline.js';
import type { IngestSummary, RunReporter } from './run-events.js';

export interface IngestRunOptions {
  store: ParleyStore;
  ingest: Partial<IngestOptions>;
  /** Pages written per transaction. */
  batchSize: number;
  report?: RunReporter;
  /** Also run the per-article back half and store its layers (default true), so reading the model needs no parse. */
  analyse?: boolean;
}

export interface Processed {
  page: Page;
  lines: ClassifiedLine[];
  articles: Article[];
  layers: ArticleLayer[];
}

/**
 * Runs the front half on one page, then (with `analyse`) the per-article back half on each of
 * its articles. A front-half failure becomes an issue on the page; a back-half failure is kept
 * in the article's layer, and reported again whenever the model is built.
 */
export function processPage(page: Page, analyse = true): { result: Processed | InputIssue; timings: Record<string, number> } {
  const { doc, failure, timings } = runStages(frontHalf, { page });
  if (failure) {
    const issue = inputIssue(page.source, 'E_STAGE', `${page.source}: stage '${failure.stage}' failed: ${failure.message}`, 'this is a bug in Parley; please report it with the input', failure.stage);
    return { result: issue, timings };
  }
  const articles = doc.articles ?? [];
  const layers: ArticleLayer[] = [];
  if (analyse) {
    for (const article of articles) {
      const analysed = analyseArticle(article);
      for (const [stage, ms] of Object.entries(analysed.timings)) timings[stage] = (timings[stage] ?? 0) + ms;
      layers.push(layerOf(analysed.doc, analysed.failure));
    }
  }
  return { result: { page, lines: doc.lines ?? [], articles, layers }, timings };
}

/**
 * Ingests inputs into the store: read → clean → segment → metadata → save, in batches of
 * one transaction each. Bad inputs become issues; the rest of the batch goes on.
 */
export async function ingestInputs(inputs: string[], options: IngestRunOptions): Promise<IngestSummary> {
  const t0 = performance.now();
  const report = options.report ?? (() => {});
  const summary: IngestSummary = {
    inputs: inputs.length, pages: 0, pagesNew: 0, pagesExisting: 0, articles: 0,
    articlesNew: 0, articlesExisting: 0, issues: [], bytes: 0, seconds: 0, stageMs: {},
  };
  const addIssue = (issue: InputIssue): void => {
    summary.issues.push(issue);
    report({ type: 'issue', issue });
  };
  let batch: Processed[] = [];

  const flush = async (): Promise<void> => {
    if (batch.length === 0) return;
    const items = batch;
    batch = [];
    let results;
    try {
      results = await options.store.savePages(items);
    } catch {
      // One bad page must not sink the batch: retry page by page so only it is lost.
      results = [];
      for (const item of items) {
        try {
          results.push(await options.store.savePage(item.page, item.lines, item.articles, item.layers));
        } catch (err) {
          results.push(null);
          addIssue(inputIssue(item.page.source, 'E_STORE', `${item.page.source}: not stored: ${err instanceof Error ? err.message : String(err)}`));
        }
      }
    }
    items.forEach((item, i) => {
      const r = results[i];
      if (!r) return;
      summary.pages += 1;
      summary.bytes += item.page.bytes;
      if (r.pageNew) summary.pagesNew += 1;
      else summary.pagesExisting += 1;
      summary.articles += item.articles.length;
      summary.articlesNew += r.articlesNew;
      summary.articlesExisting += r.articlesExisting;
      report({ type: 'page', source: item.page.source, pageId: item.page.id, articles: item.articles.length, articlesNew: r.articlesNew, pageNew: r.pageNew });
    });
  };

  const stream = readInputs(inputs, { ...options.ingest, onDiscovered: (total: number) => report({ type: 'discovered', total }) });
  for await (const item of stream) {
    if (item.kind === 'issue') {
      addIssue(item.issue);
      report({ type: 'processed', source: item.issue.input });
      continue;
    }
    const { result, timings } = processPage(item.page, options.analyse ?? true);
    report({ type: 'processed', source: item.page.source });
    for (const [stage, ms] of Object.entries(timings)) summary.stageMs[stage] = (summary.stageMs[stage] ?? 0) + ms;
    if ('code' in result) {
      addIssue(result);
      continue;
    }
    batch.push(result);
    if (batch.length >= options.batchSize) await flush();
  }
  await flush();
  summary.seconds = (performance.now() - t0) / 1000;
  report({ type: 'done', summary });
  return summary;
}
