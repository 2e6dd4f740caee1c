/**
 * One benchmark measurement in its own process, so peak memory is this run's alone:
 * `node dist/bench/bench-one.js <corpus path> <pglite|postgres> <dataDir|url>` prints one JSON line.
 */
import { statSync } from 'node:fs';
import { ingestInputs } from '../pipeline/ingest-run.js';
import { openStore } from '../store/open-store.js';

async function benchOne(): Promise<void> {
  const [input, kind, where] = process.argv.slice(2);
  if (!input || !kind || !where) throw new Error('usage: bench-one <input> <pglite|postgres> <dataDir|url>');
  const t0 = performance.now();
  const store = kind === 'postgres' ? await openStore({ databaseUrl: where }) : await openStore({ dataDir: where });
  const openSeconds = (performance.now() - t0) / 1000;
  const summary = await ingestInputs([input], { store, batchSize: 200, ingest: { maxBytes: 200 * 1024 * 1024 } });
  await store.close();
  const bytes = statSync(input).isFile() ? statSync(input).size : summary.bytes;
  process.stdout.write(`${JSON.stringify({
    input, kind, openSeconds, seconds: summary.seconds, pages: summary.pages, articles: summary.articles,
    articlesNew: summary.articlesNew, issues: summary.issues.length, bytes,
    peakRssMb: process.resourceUsage().maxRSS / 1024, stageMs: summary.stageMs,
  })}\n`);
}

await benchOne();
