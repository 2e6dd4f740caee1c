/**
 * `npm run bench`: ingest throughput and peak memory on the shared corpora, for PGlite and
 * PostgreSQL, plus the start-to-exit time of a read command on an existing store.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { packageRoot } from '../cli/paths.js';
import { startThrowawayPostgres } from '../store/testing/pg-cluster.js';
import { surveyFurniture } from './furniture-survey.js';

interface Row {
  input: string;
  kind: string;
  openSeconds: number;
  seconds: number;
  pages: number;
  articles: number;
  issues: number;
  bytes: number;
  peakRssMb: number;
  stageMs: Record<string, number>;
  model: { bareParsePerSecond: number; ingestSeconds: number; articles: number; seconds: number; sentences: number; stageMs: Record<string, number>; actors: number; quotes: number; events: number } | null;
}

const shared = join(packageRoot, '..', 'shared', 'corpora');
const corpora = [
  { name: 'BBC (2,225 articles)', path: join(shared, 'bbc-news-2225', 'articles') },
  { name: 'AllSides (3,947 articles)', path: join(shared, 'allsides-politics-2020', 'articles.jsonl') },
];

function runOne(input: string, kind: string, where: string, mode = 'full'): Row {
  const out = execFileSync(process.execPath, [join(packageRoot, 'dist', 'bench', 'bench-one.js'), input, kind, where, mode], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return JSON.parse(out.trim().split('\n').pop() ?? '{}') as Row;
}

function timeReadCommand(dataDir: string): number[] {
  const times: number[] = [];
  for (let i = 0; i < 5; i += 1) {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, [join(packageRoot, 'bin', 'parley.js'), 'articles', '--data-dir', dataDir, '--limit', '20'], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`parley articles failed: ${r.stderr}`);
    times.push((performance.now() - t0) / 1000);
  }
  return times.sort((a, b) => a - b);
}

function printRow(name: string, r: Row): void {
  const perSec = (n: number): string => (n / r.seconds).toFixed(0).padStart(7);
  const mbps = (r.bytes / 1024 / 1024 / r.seconds).toFixed(2).padStart(6);
  const stages = Object.entries(r.stageMs).map(([k, v]) => `${k} ${(v / 1000).toFixed(2)}s`).join(', ');
  process.stdout.write(`${name.padEnd(26)} ${r.kind.padEnd(9)} ${String(r.articles).padStart(6)} ${perSec(r.articles)} art/s ${mbps} MB/s ${r.seconds.toFixed(1).padStart(6)} s  peak ${r.peakRssMb.toFixed(0)} MB  open ${r.openSeconds.toFixed(2)} s  problems ${r.issues}  [${stages}]\n`);
  if (r.model) {
    const m = r.model;
    const back = Object.entries(m.stageMs).map(([k, v]) => `${k} ${(v / 1000).toFixed(2)}s`).join(', ');
    process.stdout.write(`${''.padEnd(26)} back half: ${m.articles} articles in ${m.seconds.toFixed(1)} s = ${(m.articles / m.seconds).toFixed(0)} art/s, ${(m.sentences / m.seconds).toFixed(0)} sentences/s; ${m.actors} actors, ${m.quotes} quotes, ${m.events} events  [${back}]\n`);
    const whole = m.articles / (m.seconds + m.ingestSeconds);
    process.stdout.write(`${''.padEnd(26)} whole pipeline ${whole.toFixed(0)} art/s vs bare wink-nlp readDoc ${m.bareParsePerSecond.toFixed(0)} art/s: ratio ${(whole / m.bareParsePerSecond).toFixed(2)}\n`);
  }
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
    process.stdout.write(`${'corpus'.padEnd(26)} ${'store'.padEnd(9)} ${'arts'.padStart(6)} ${'rate'.padStart(13)} ${'MB/s'.padStart(11)}\n`);
    let lastPglite = '';
    for (const c of present) {
      lastPglite = join(tmp, `pglite-${present.indexOf(c)}`);
      printRow(c.name, runOne(c.path, 'pglite', lastPglite));
      if (pg) printRow(c.name, runOne(c.path, 'postgres', pg.url, 'ingest-only'));
    }
    const survey = surveyFurniture(join(shared, 'allsides-politics-2020', 'articles.jsonl'), 300);
    if (survey) process.stdout.write(`\nclean on AllSides (first ${survey.articles}): dropped ${survey.dropped} of ${survey.lines} non-blank lines (${((100 * survey.dropped) / survey.lines).toFixed(2)} %): ${JSON.stringify(survey.byKind)}\n`);
    const times = timeReadCommand(lastPglite);
    process.stdout.write(`\nparley articles on an existing PGlite store, start to exit: median ${times[2]?.toFixed(2)} s (min ${times[0]?.toFixed(2)} s, max ${times[4]?.toFixed(2)} s, 5 runs)\n`);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
    await pg?.stop();
  }
}

await runBench();
