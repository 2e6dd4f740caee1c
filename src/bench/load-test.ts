/**
 * `npm run bench:load`: starts the real server on 127.0.0.1 (a free port) over a PGlite store
 * holding the built-in corpus, drives it with autocannon across pages and their JSON twins,
 * and prints throughput, non-2xx responses, errors and latency percentiles.
 *
 * Latency: autocannon reports p50, p90, p97.5 and p99 from an HDR histogram of 2xx responses,
 * but no p95. So every response's own time (autocannon's 'response' event: request written to
 * response complete, from process.hrtime, in fractional ms) is kept, and the percentiles are
 * computed exactly from those samples by nearest rank; autocannon's p50/p99 are printed beside
 * them as a check.
 *
 * Flags: --duration <s> (default 10), --connections <n> (default 10).
 */
import autocannon from 'autocannon';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { builtInCorpus } from '../cli/paths.js';
import { resolveConfig } from '../config.js';
import { ingestInputs } from '../pipeline/ingest-run.js';
import { startServer, type RunningServer } from '../server/serve.js';
import { openStore } from '../store/open-store.js';

function flag(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const value = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isFinite(value) || value <= 0) throw new Error(`[E_CONFIG] --${name} must be a number > 0`);
  return value;
}

/** The nearest-rank percentile of sorted samples. */
function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

async function buildStore(dataDir: string): Promise<void> {
  const store = await openStore({ dataDir });
  try {
    const summary = await ingestInputs([builtInCorpus], { store, batchSize: 200, ingest: {} });
    if (summary.issues.length > 0) throw new Error(`the corpus did not ingest cleanly: ${summary.issues.map((i) => i.message).join('; ')}`);
  } finally {
    await store.close();
  }
}

/** The paths the load mixes: every list page and its twin, one actor and one article, a search. */
function pathsFor(server: RunningServer): string[] {
  const { model } = server.source.current();
  const actor = model.actors[0]?.id;
  const article = model.articles[0]?.id;
  const pages = ['/', '/timeline', '/actors', '/quotes', '/issues', '/sources', '/search?q=minerals'];
  const twins = ['/index.json', '/timeline.json', '/actors.json', '/quotes.json', '/issues.json', '/sources.json', '/search.json?q=minerals'];
  const one = [actor ? `/actors/${actor}` : null, actor ? `/actors/${actor}.json` : null, article ? `/articles/${article}.json` : null].filter((p): p is string => p !== null);
  return [...pages, ...twins, ...one];
}

interface Run {
  result: autocannon.Result;
  latencies: number[];
  statuses: Map<number, number>;
}

function drive(url: string, paths: readonly string[], connections: number, duration: number): Promise<Run> {
  const latencies: number[] = [];
  const statuses = new Map<number, number>();
  return new Promise((resolve, reject) => {
    const instance = autocannon({ url, connections, duration, requests: paths.map((path) => ({ method: 'GET', path })) }, (err: unknown, result: autocannon.Result) => {
      if (err) reject(err instanceof Error ? err : new Error(String(err)));
      else resolve({ result, latencies, statuses });
    });
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      latencies.push(responseTime);
      statuses.set(statusCode, (statuses.get(statusCode) ?? 0) + 1);
    });
  });
}

function report(run: Run, seconds: number, paths: number, connections: number): string {
  const sorted = [...run.latencies].sort((a, b) => a - b);
  const { result } = run;
  const total = sorted.length;
  const non2xx = [...run.statuses].filter(([s]) => s < 200 || s >= 300).reduce((n, [, c]) => n + c, 0);
  const failed = result.errors + result.timeouts;
  const ms = (v: number): string => `${v.toFixed(2)} ms`;
  const rows: [string, string][] = [
    ['duration', `${seconds} s, ${connections} connections, ${paths} paths in turn`],
    ['requests/s', (total / result.duration).toFixed(1)],
    ['total requests', String(total)],
    ['non-2xx responses', String(non2xx)],
    ['errors + timeouts', `${result.errors} + ${result.timeouts}`],
    ['error rate', `${((100 * (non2xx + failed)) / Math.max(1, total + failed)).toFixed(2)} %`],
    ['latency p50', ms(percentile(sorted, 50))],
    ['latency p95', ms(percentile(sorted, 95))],
    ['latency p99', ms(percentile(sorted, 99))],
    ['latency max', ms(sorted.at(-1) ?? Number.NaN)],
    ['autocannon p50 / p99 (2xx, HDR)', `${result.latency.p50} / ${result.latency.p99} ms`],
    ['statuses', [...run.statuses].map(([s, c]) => `${s}: ${c}`).join(', ')],
  ];
  const width = Math.max(...rows.map(([k]) => k.length));
  return rows.map(([k, v]) => `${k.padEnd(width)}  ${v}`).join('\n');
}

async function main(): Promise<void> {
  const duration = flag('duration', 10);
  const connections = flag('connections', 10);
  const dir = mkdtempSync(join(tmpdir(), 'parley-load-'));
  let server: RunningServer | null = null;
  try {
    const dataDir = join(dir, 'data');
    await buildStore(dataDir);
    // Rate limits off: one client address is sending everything here.
    const config = { ...resolveConfig({ dataDir }), apiToken: null, rateLimit: 0, writeRateLimit: 0 };
    server = await startServer({ config, host: '127.0.0.1', port: 0, openStore: () => openStore({ dataDir }) });
    const paths = pathsFor(server);
    // Warm-up: one request per path, so the first timed ones do not pay for lazy loading.
    for (const path of paths) {
      const res = await fetch(`${server.url}${path}`);
      if (!res.ok) throw new Error(`warm-up: ${path} answered ${res.status}`);
      await res.arrayBuffer();
    }
    process.stdout.write(`load test: ${server.url}, ${server.source.current().model.articles.length} articles, Node ${process.version}, ${cpus().length} CPUs\n`);
    const run = await drive(server.url, paths, connections, duration);
    process.stdout.write(`${report(run, duration, paths.length, connections)}\n`);
    const bad = run.result.errors + run.result.timeouts + [...run.statuses].filter(([s]) => s < 200 || s >= 300).length;
    if (bad > 0) process.exitCode = 1;
  } finally {
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`load test failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
