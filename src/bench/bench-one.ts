/**
 * One benchmark measurement in its own process, so peak memory is this run's alone:
 * `node dist/bench/bench-one.js <input> <pglite|postgres> <dataDir|url> <workers>` prints one
 * JSON line. The whole pipeline is what a user runs: ingest (front half and per-article back
 * half on worker threads, stored with their layers), then the model built from the store.
 */
import { statSync } from 'node:fs';
import { ingestInputs } from '../pipeline/ingest-run.js';
import { openStore } from '../store/open-store.js';
import { buildStoredModel } from '../analysis/stored-model.js';
import type { OpenStoreOptions } from '../store/store.js';
import { timeBareParse } from './bare-parse.js';

export interface BenchResult {
  input: string;
  kind: string;
  workers: number;
  openSeconds: number;
  ingestSeconds: number;
  modelSeconds: number;
  pages: number;
  articles: number;
  sentences: number;
  issues: number;
  bytes: number;
  /** Peak resident memory by the end of ingest, and by the end of the model build. */
  ingestPeakMb: number;
  peakMb: number;
  /** CPU time per stage, summed over threads (ingest), and per cross-article step (model). */
  ingestStageMs: Record<string, number>;
  modelStageMs: Record<string, number>;
  bareParsePerSecond: number;
  counts: { actors: number; quotes: number; events: number };
}

const peakMb = (): number => process.resourceUsage().maxRSS / 1024;

async function benchOne(): Promise<void> {
  const [input, kind, where, workersArg] = process.argv.slice(2);
  if (!input || !kind || !where) throw new Error('usage: bench-one <input> <pglite|postgres> <dataDir|url> [workers]');
  const workers = Number(workersArg ?? 2);
  const options: OpenStoreOptions = kind === 'postgres' ? { databaseUrl: where } : { dataDir: where };
  const t0 = performance.now();
  const store = await openStore(options);
  const openSeconds = (performance.now() - t0) / 1000;
  const summary = await ingestInputs([input], { store, batchSize: 200, workers, ingest: { maxBytes: 200 * 1024 * 1024 } });
  const ingestPeakMb = peakMb();
  const t1 = performance.now();
  const stored = await store.listArticles();
  const model = await buildStoredModel(store, stored);
  const modelSeconds = (performance.now() - t1) / 1000;
  await store.close();
  const result: BenchResult = {
    input, kind, workers, openSeconds, ingestSeconds: summary.seconds, modelSeconds,
    pages: summary.pages, articles: stored.length,
    sentences: model.docs.reduce((n, d) => n + (d.sentences?.length ?? 0), 0),
    issues: summary.issues.length, bytes: statSync(input).isFile() ? statSync(input).size : summary.bytes,
    ingestPeakMb, peakMb: peakMb(), ingestStageMs: summary.stageMs, modelStageMs: model.stageMs,
    bareParsePerSecond: 0,
    counts: { actors: model.actors.length, quotes: model.quotes.length, events: model.events.length },
  };
  // The yardstick last, so its memory does not count in the pipeline's peak.
  result.bareParsePerSecond = timeBareParse(stored.map((a) => a.text)).perSecond;
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

await benchOne();
