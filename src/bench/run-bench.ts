/**
 * `npm run bench`: the whole pipeline on both shared corpora (the first 1,000 articles and
 * all of them, on PGlite and PostgreSQL): per-stage time, articles/s, sentences/s, peak
 * memory, and the ratio to a bare wink-nlp parse of the same texts in the same run; then the
 * start-to-exit time of a read command on an existing store.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { packageRoot } from '../cli/paths.js';
import { startThrowawayPostgres } from '../store/testing/pg-cluster.js';
import { surveyFurniture } from './furniture-survey.js';
import type { BenchResult } from './bench-one.js';

const shared = join(packageRoot, '..', 'shared', 'corpora');
const corpora = [
  { name: 'BBC', path: join(shared, 'bbc-news-2225', 'articles') },
  { name: 'AllSides', path: join(shared, 'allsides-politics-2020', 'articles.jsonl') },
];
const SUBSET = 1_000;
const workers = Number(process.env.PARLEY_BENCH_WORKERS ?? availableParallelism());

function runOne(input: string, kind: string, where: string): BenchResult {
  const out = execFileSync(process.execPath, [join(packageRoot, 'dist', 'bench', 'bench-one.js'), input, kind, where, String(workers)], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return JSON.parse(out.trim().split('\n').pop() ?? '{}') as BenchResult;
}

/** The first `n` articles of a corpus as a corpus of their own, in the temp folder (the corpora are read, never copied into the repository). */
function subsetOf(path: string, n: number, tmp: string): string {
  if (statSync(path).isFile()) {
    const out = join(tmp, `first-${n}.jsonl`);
    writeFileSync(out, `${readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).slice(0, n).join('\n')}\n`);
    return out;
  }
  const out = join(tmp, `first-${n}`);
  const files = readdirSync(path, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.txt')).sort().slice(0, n);
  for (const f of files) {
    mkdirSync(dirname(join(out, f)), { recursive: true });
    copyFileSync(join(path, f), join(out, f));
  }
  return out;
}

/** Start-to-exit seconds of a parley command, `runs` times, ascending. */
function timeCommand(args: string[], runs: number): number[] {
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, [join(packageRoot, 'bin', 'parley.js'), ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    if (r.status !== 0) throw new Error(`parley ${args[0]} failed: ${r.stderr}`);
    times.push((performance.now() - t0) / 1000);
  }
  return times.sort((a, b) => a - b);
}

function printTimes(what: string, times: readonly number[]): void {
  const median = times[Math.floor(times.length / 2)] ?? 0;
  process.stdout.write(`${what}, start to exit: median ${median.toFixed(2)} s (min ${times[0]?.toFixed(2)} s, max ${times.at(-1)?.toFixed(2)} s, ${times.length} runs)\n`);
}

const HEADER = ['corpus', 'store', 'articles', 'ingest s', 'model s', 'whole art/s', 'sentences/s', 'bare art/s', 'ratio', 'ingest peak MB', 'peak MB', 'MB/s'];

function tableRow(name: string, r: BenchResult): string[] {
  const seconds = r.ingestSeconds + r.modelSeconds;
  const whole = r.articles / seconds;
  return [
    name, r.kind, String(r.articles), r.ingestSeconds.toFixed(1), r.modelSeconds.toFixed(1), whole.toFixed(0),
    (r.sentences / seconds).toFixed(0), r.bareParsePerSecond.toFixed(0), (whole / r.bareParsePerSecond).toFixed(2),
    r.ingestPeakMb.toFixed(0), r.peakMb.toFixed(0), (r.bytes / 1024 / 1024 / r.ingestSeconds).toFixed(2),
  ];
}

function printTable(rows: string[][]): void {
  const line = (cells: string[]): string => `| ${cells.join(' | ')} |\n`;
  process.stdout.write(line(HEADER) + line(HEADER.map(() => '---')) + rows.map(line).join(''));
}

function printStages(name: string, r: BenchResult): void {
  const fmt = (ms: Record<string, number>): string => Object.entries(ms).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${(v / 1000).toFixed(2)}`).join(', ');
  process.stdout.write(`${name} ${r.kind}: ${r.pages} pages, ${r.articles} articles, ${r.issues} problems; ${r.counts.actors} actors, ${r.counts.quotes} quotes, ${r.counts.events} events; store opened in ${r.openSeconds.toFixed(2)} s\n`);
  process.stdout.write(`  ingest stages, CPU s over ${r.workers} worker thread(s): ${fmt(r.ingestStageMs)}\n`);
  process.stdout.write(`  model steps, s: ${fmt(r.modelStageMs)}\n`);
}

async function runBench(): Promise<void> {
  const present = corpora.filter((c) => existsSync(c.path));
  for (const c of corpora) if (!existsSync(c.path)) process.stdout.write(`skipped ${c.name}: ${c.path} not found (the shared corpora sit beside the checkout)\n`);
  if (present.length === 0) return;
  let pg: { url: string; stop(): Promise<void> } | null = null;
  try {
    pg = await startThrowawayPostgres();
  } catch (err) {
    process.stdout.write(`skipped PostgreSQL: ${err instanceof Error ? err.message : String(err)}\n`);
  }
  const tmp = mkdtempSync(join(tmpdir(), 'parley-bench-'));
  try {
    process.stdout.write(`whole pipeline = ingest (front half and per-article back half on ${workers} worker thread(s), stored with layers) + the model built from the store; bare = wink-nlp readDoc of the same texts on one thread\n\n`);
    const rows: string[][] = [];
    const detail: [string, BenchResult][] = [];
    let lastPglite = '';
    for (const c of present) {
      const subset = subsetOf(c.path, SUBSET, tmp);
      const small = runOne(subset, 'pglite', join(tmp, `pglite-${c.name}-subset`));
      rows.push(tableRow(`${c.name} first ${SUBSET}`, small));
      lastPglite = join(tmp, `pglite-${c.name}`);
      const all = runOne(c.path, 'pglite', lastPglite);
      rows.push(tableRow(`${c.name} all`, all));
      detail.push([`${c.name} all`, all]);
      if (pg) {
        const onPg = runOne(c.path, 'postgres', pg.url);
        rows.push(tableRow(`${c.name} all`, onPg));
        detail.push([`${c.name} all`, onPg]);
        await pg.stop();
        pg = await startThrowawayPostgres();
      }
    }
    printTable(rows);
    process.stdout.write('\n');
    for (const [name, r] of detail) printStages(name, r);
    const survey = surveyFurniture(join(shared, 'allsides-politics-2020', 'articles.jsonl'), 300);
    if (survey) process.stdout.write(`\nclean on AllSides (first ${survey.articles}): dropped ${survey.dropped} of ${survey.lines} non-blank lines (${((100 * survey.dropped) / survey.lines).toFixed(2)} %): ${JSON.stringify(survey.byKind)}\n`);
    process.stdout.write('\n');
    printTimes(`parley articles on an existing PGlite store (${present.at(-1)?.name} all)`, timeCommand(['articles', '--data-dir', lastPglite, '--limit', '20'], 5));
    // The model of that store was cached when the run above first built it.
    printTimes('parley export of the same store, the model read from its cache', timeCommand(['export', '--data-dir', lastPglite, '-o', join(tmp, 'export.json')], 3));
  } finally {
    rmSync(tmp, { recursive: true, force: true });
    await pg?.stop();
  }
}

await runBench();
