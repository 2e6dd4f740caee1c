import { readInputs, type IngestItem, type IngestOptions } from '../stages/01-ingest/index.js';
import { inputIssue, type InputIssue } from '../model/issue.js';
import type { Page } from '../model/page.js';
import type { ClassifiedLine } from '../model/line.js';
import type { Article } from '../model/article.js';
import type { EncodedLayer } from '../model/article-layer.js';
import { analyseArticle, encodeLayer, layerOf } from './article-layer.js';
import type { ParleyStore } from '../store/store.js';
import { frontHalf } from './front-half.js';
import { runStages } from './run-pipeline.js';
import { createPagePool, type PageOutcome } from './page-pool.js';
import type { IngestSummary, RunReporter } from './run-events.js';

export interface IngestRunOptions {
  store: ParleyStore;
  ingest: Partial<IngestOptions>;
  /** Pages written per transaction. */
  batchSize: number;
  report?: RunReporter;
  /** Also run the per-article back half and store its layers (default true), so reading the model needs no parse. */
  analyse?: boolean;
  /** Worker threads that process pages side by side; 0 (the default) processes them on this thread. */
  workers?: number;
}

/** Pages handed to the workers ahead of the one being stored, per worker: enough to keep them busy, few enough to keep memory flat. */
const AHEAD_PER_WORKER = 4;

export interface Processed {
  page: Page;
  lines: ClassifiedLine[];
  articles: Article[];
  layers: EncodedLayer[];
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
  const layers: EncodedLayer[] = [];
  if (analyse) {
    for (const article of articles) {
      const analysed = analyseArticle(article);
      for (const [stage, ms] of Object.entries(analysed.timings)) timings[stage] = (timings[stage] ?? 0) + ms;
      layers.push(encodeLayer(layerOf(analysed.doc, analysed.failure)));
    }
  }
  return { result: { page, lines: doc.lines ?? [], articles, layers }, timings };
}

/** An ingest summary with nothing in it yet. */
function emptySummary(inputs = 0): IngestSummary {
  return { inputs, pages: 0, pagesNew: 0, pagesExisting: 0, articles: 0, articlesNew: 0, articlesExisting: 0, issues: [], bytes: 0, seconds: 0, stageMs: {} };
}

/**
 * Ingests inputs into the store: read → clean → segment → metadata → back half → save, in
 * batches of one transaction each. Bad inputs become issues; the rest of the batch goes on.
 */
export async function ingestInputs(inputs: string[], options: IngestRunOptions): Promise<IngestSummary> {
  const report = options.report ?? (() => {});
  const items = readInputs(inputs, { ...options.ingest, onDiscovered: (total: number) => report({ type: 'discovered', total }) });
  return ingestItems(items, options, inputs.length);
}

/**
 * Ingests items already read (a request body, a feed's new items, or `readInputs`) the same
 * way: one loop for every way in, so batching, the per-page retry and the layers are shared.
 */
export async function ingestItems(items: AsyncIterable<IngestItem> | Iterable<IngestItem>, options: Omit<IngestRunOptions, 'ingest'>, inputs = 0): Promise<IngestSummary> {
  const t0 = performance.now();
  const report = options.report ?? (() => {});
  const summary = emptySummary(inputs);
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

  const take = async (source: string, { result, timings }: PageOutcome): Promise<void> => {
    report({ type: 'processed', source });
    for (const [stage, ms] of Object.entries(timings)) summary.stageMs[stage] = (summary.stageMs[stage] ?? 0) + ms;
    if ('code' in result) {
      addIssue(result);
      return;
    }
    batch.push(result);
    if (batch.length >= options.batchSize) await flush();
  };

  const analyse = options.analyse ?? true;
  const workers = options.workers ?? 0;
  const pool = workers > 0 ? createPagePool(workers) : null;
  // Results are taken in input order, so which of two copies of a page is stored first does not depend on thread timing.
  const ahead: { source: string; outcome: Promise<PageOutcome> }[] = [];
  try {
    for await (const item of items) {
      if (item.kind === 'issue') {
        addIssue(item.issue);
        report({ type: 'processed', source: item.issue.input });
        continue;
      }
      if (!pool) {
        await take(item.page.source, processPage(item.page, analyse));
        continue;
      }
      ahead.push({ source: item.page.source, outcome: pool.process(item.page, analyse) });
      while (ahead.length >= workers * AHEAD_PER_WORKER) {
        const next = ahead.shift()!;
        await take(next.source, await next.outcome);
      }
    }
    for (const next of ahead.splice(0)) await take(next.source, await next.outcome);
  } finally {
    await pool?.close();
  }
  await flush();
  summary.seconds = (performance.now() - t0) / 1000;
  report({ type: 'done', summary });
  return summary;
}
