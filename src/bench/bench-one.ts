/**
 * One benchmark measurement in its own process, so peak memory is this run's alone:
 * `node dist/bench/bench-one.js <corpus path> <pglite|postgres> <dataDir|url>` prints one JSON line.
 */
import { statSync } from 'node:fs';
import { ingestInputs } from '../pipeline/ingest-run.js';
import { openStore } from '../store/open-store.js';
import { buildModel } from '../analysis/build-model.js';
import { timeBareParse } from './bare-parse.js';

async function benchOne(): Promise<void> {
  const [input, kind, where, mode] = process.argv.slice(2);
  const analyse = mode !== 'ingest-only';
  if (!input || !kind || !where) throw new Error('usage: bench-one <input> <pglite|postgres> <dataDir|url>');
  const t0 = performance.now();
  const store = kind === 'postgres' ? await openStore({ databaseUrl: where }) : await openStore({ dataDir: where });
  const openSeconds = (performance.now() - t0) / 1000;
  const summary = await ingestInputs([input], { store, batchSize: 200, ingest: { maxBytes: 200 * 1024 * 1024 } });
  // The back half (language, dates, quotes, events, actors, relations, cross-check) over what was stored.
  const stored = await store.listArticles();
  await store.close();
  const t1 = performance.now();
  const model = analyse ? buildModel(stored) : null;
  const modelSeconds = (performance.now() - t1) / 1000;
  const sentences = model ? model.docs.reduce((n, d) => n + (d.sentences?.length ?? 0), 0) : 0;
  const bare = analyse ? timeBareParse(stored.map((a) => a.text)) : null;
  const bytes = statSync(input).isFile() ? statSync(input).size : summary.bytes;
  process.stdout.write(`${JSON.stringify({
    input, kind, openSeconds, seconds: summary.seconds, pages: summary.pages, articles: summary.articles,
    articlesNew: summary.articlesNew, issues: summary.issues.length, bytes,
    peakRssMb: process.resourceUsage().maxRSS / 1024, stageMs: summary.stageMs,
    model: model ? { bareParsePerSecond: bare?.perSecond ?? 0, ingestSeconds: summary.seconds, articles: stored.length, seconds: modelSeconds, sentences, stageMs: model.stageMs, actors: model.actors.length, quotes: model.quotes.length, events: model.events.length } : null,
  })}\n`);
}

await benchOne();
