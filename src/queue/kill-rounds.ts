import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startThrowawayPostgres, type ThrowawayPostgres } from '../store/testing/pg-cluster.js';
import { writeArticleFolder } from './testing/article-folder.js';
import { expectedStore } from './testing/expected-store.js';
import { runKillRounds, type KillMode, type KillRoundsResult } from './testing/run-kill-rounds.js';

/**
 * kill -9 during ingestion, many rounds over, for the reliability note:
 *   node dist/queue/kill-rounds.js --rounds 50 [--modes ingest-postgres,worker-postgres,ingest-pglite]
 *     [--stories 40] [--rounds-per-store 5] [--batch-size 4] [--seed N] [--database-url URL] [--json]
 * Without --database-url it starts a throwaway PostgreSQL (needs the postgresql package).
 */
const { values } = parseArgs({
  options: {
    rounds: { type: 'string', default: '50' },
    modes: { type: 'string', default: 'ingest-postgres,worker-postgres,ingest-pglite' },
    stories: { type: 'string', default: '40' },
    'rounds-per-store': { type: 'string', default: '5' },
    'batch-size': { type: 'string', default: '4' },
    seed: { type: 'string', default: String(Date.now() % 1_000_000) },
    'database-url': { type: 'string' },
    json: { type: 'boolean', default: false },
  },
});

const MODES: readonly KillMode[] = ['ingest-postgres', 'worker-postgres', 'ingest-pglite'];
const modes = values.modes.split(',').map((m) => m.trim()) as KillMode[];
for (const m of modes) if (!MODES.includes(m)) throw new Error(`unknown mode ${m}; modes are ${MODES.join(', ')}`);

const work = await mkdtemp(join(tmpdir(), 'parley-kill-rounds-'));
let cluster: ThrowawayPostgres | null = null;
try {
  const folder = join(work, 'inputs');
  const seed = Number(values.seed);
  await writeArticleFolder(folder, { stories: Number(values.stories), feedItems: 10, seed });
  const expected = await expectedStore([folder]);
  let adminUrl = values['database-url'];
  if (!adminUrl && modes.some((m) => m.endsWith('postgres'))) {
    cluster = await startThrowawayPostgres();
    adminUrl = cluster.url;
  }
  const log = values.json ? undefined : (line: string) => process.stderr.write(`${line}\n`);
  const results: KillRoundsResult[] = [];
  for (const mode of modes) {
    results.push(await runKillRounds({
      mode, rounds: Number(values.rounds), roundsPerStore: Number(values['rounds-per-store']), folder, expected,
      adminUrl, seed, batchSize: Number(values['batch-size']), log,
    }));
  }
  const table = results.map(({ records: _r, ...r }) => r);
  if (values.json) process.stdout.write(`${JSON.stringify({ expectedArticles: expected.articles.size, expectedPages: expected.pages.size, results: table }, null, 2)}\n`);
  else {
    process.stdout.write(`inputs: ${expected.pages.size} pages, ${expected.articles.size} articles (seed ${seed})\n`);
    process.stdout.write('mode              rounds  killed-mid-run  rounds-that-stored  lost  half-written  orphans  duplicates  failed-jobs  failures\n');
    for (const r of table) {
      process.stdout.write(`${r.mode.padEnd(16)}  ${String(r.rounds).padStart(6)}  ${String(r.killedWhileRunning).padStart(14)}  ${String(r.roundsThatStored).padStart(18)}  ${String(r.lost).padStart(4)}  ${String(r.halfWritten).padStart(12)}  ${String(r.orphans).padStart(7)}  ${String(r.duplicates).padStart(10)}  ${String(r.failedJobs).padStart(11)}  ${r.failures.length}\n`);
      for (const f of r.failures) process.stdout.write(`  ${r.mode}: ${f}\n`);
    }
  }
  const bad = results.some((r) => r.lost + r.halfWritten + r.orphans + r.duplicates + r.unexpected + r.failedJobs + r.failures.length > 0);
  if (bad) process.exitCode = 1;
} finally {
  await cluster?.stop();
  await rm(work, { recursive: true, force: true });
}
