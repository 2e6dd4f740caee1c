import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { startThrowawayPostgres, type ThrowawayPostgres } from '../store/testing/pg-cluster.js';
import { writeArticleFolder } from './testing/article-folder.js';
import { checkStore, describeCheck } from './testing/check-store.js';
import { expectedStore, type ExpectedStore } from './testing/expected-store.js';
import { freshPostgresStore, type FreshStore } from './testing/fresh-store.js';
import { runParley, spawnParley, type Finished } from './testing/spawn-parley.js';
import { readPostgresRows } from './testing/store-rows.js';
import { DEAD_LETTER_QUEUE, INGEST_QUEUE } from './queue-settings.js';
import type { EnqueueSummary } from './enqueue-inputs.js';
import type { WorkerSummary } from './worker-summary.js';

// Real processes (`node bin/parley.js`) against a real, throwaway PostgreSQL; nothing mocked.

interface JobRow { name: string; state: string; data: { input: string }; output: { message?: string } | null }

async function jobs(databaseUrl: string): Promise<JobRow[]> {
  const c = new pg.Client({ connectionString: databaseUrl });
  await c.connect();
  try {
    return (await c.query<JobRow>('SELECT name, state::text AS state, data, output FROM pgboss.job WHERE name = ANY($1)', [[INGEST_QUEUE, DEAD_LETTER_QUEUE]])).rows;
  } finally {
    await c.end();
  }
}

/** Resolves when `marker` first shows on the process's stderr. */
function whenStderrShows(run: ReturnType<typeof spawnParley>, marker: string): Promise<void> {
  return new Promise((resolve) => {
    let seen = '';
    run.child.stderr!.on('data', (d: Buffer) => {
      seen += d.toString();
      if (seen.includes(marker)) resolve();
    });
  });
}

const summaryOf = (f: Finished): WorkerSummary => JSON.parse(f.stdout) as WorkerSummary;

describe('parley enqueue and parley worker on one PostgreSQL', () => {
  let cluster: ThrowawayPostgres;
  let work: string;
  let folder: string;
  let expected: ExpectedStore;
  const dbs: FreshStore[] = [];
  const fresh = async (): Promise<FreshStore> => {
    const db = await freshPostgresStore(cluster.url);
    dbs.push(db);
    return db;
  };

  before(async () => {
    work = await mkdtemp(join(tmpdir(), 'parley-queue-test-'));
    folder = join(work, 'inputs');
    cluster = await startThrowawayPostgres();
    await writeArticleFolder(folder, { stories: 14, feedItems: 6, seed: 11 });
    expected = await expectedStore([folder]);
  });
  after(async () => {
    for (const db of dbs) await db.drop().catch(() => {});
    await cluster?.stop();
    await rm(work, { recursive: true, force: true });
  });

  it('three workers drain inputs enqueued three times (once while they run): every article stored exactly once', async () => {
    const db = await fresh();
    const enqueue = async (...inputs: string[]) => JSON.parse((await runParley(['enqueue', ...inputs, ...db.flags, '--json'])).stdout) as EnqueueSummary;
    const first = await enqueue(folder);
    const files = first.inputs;
    assert.equal(first.queued, files, 'one job per file (the feed is one file, so one job)');
    const again = await enqueue(folder, join(folder, 'dispatches.xml'));
    assert.deepEqual([again.queued, again.alreadyQueued], [0, files], 'inputs still waiting are not queued twice');

    const workers = [0, 1, 2].map(() => spawnParley(['worker', '--once', '--concurrency', '2', '--poll-interval', '200', '--batch-size', '3', '--json', ...db.flags]));
    // Once some job is done, the same inputs again: the taken ones are queued anew and run twice, concurrently.
    await Promise.race(workers.map((w) => whenStderrShows(w, '"type":"done"')));
    const third = await enqueue(folder);
    const finished = await Promise.all(workers.map((w) => w.finished));
    for (const f of finished) assert.equal(f.code, 0, f.stderr.slice(-2000));
    // A third-round job queued after every worker had seen an empty queue is drained here.
    const last = summaryOf(await runParley(['worker', '--once', '--poll-interval', '200', '--json', ...db.flags]));

    const summaries = [...finished.map(summaryOf), last];
    const jobsDone = summaries.reduce((n, s) => n + s.jobsDone, 0);
    assert.equal(jobsDone, files + third.queued, 'every queued job ran once');
    assert.ok(third.queued > 0, 'the third enqueue found no taken job to queue again: nothing ran twice');
    assert.ok(finished.filter((f) => summaryOf(f).jobsDone > 0).length >= 2, `the work was not shared: ${finished.map((f) => summaryOf(f).jobsDone).join(', ')} jobs`);
    // Each article is reported new by exactly one worker: the insert that won, and only it.
    assert.equal(summaries.reduce((n, s) => n + s.articlesNew, 0), expected.articles.size);

    const check = checkStore(await readPostgresRows(db.databaseUrl!), expected);
    assert.deepEqual([check.missing, check.unexpected, check.duplicates, check.halfWritten, check.orphans], [[], [], 0, [], []], describeCheck(check));
    assert.equal(check.articles, expected.articles.size);
    assert.equal(check.pages, expected.pages.size);
    const states = (await jobs(db.databaseUrl!)).map((j) => `${j.name}:${j.state}`);
    assert.deepEqual([...new Set(states)], [`${INGEST_QUEUE}:completed`]);
  });

  it('a job failing every attempt lands in the dead-letter queue with its reason, after retries with back-off', async () => {
    const db = await fresh();
    const gone = join(work, 'gone.txt');
    await writeFile(gone, 'Negotiators met again on Tuesday. The minister said a deal was close.\n');
    await runParley(['enqueue', gone, '--attempts', '2', '--retry-delay', '1', ...db.flags]);
    await rm(gone);
    const run = await spawnParley(['worker', '--once', '--poll-interval', '200', '--json', ...db.flags]).finished;
    assert.equal(run.code, 1, 'a dead-lettered job makes the worker exit 1');
    const s = summaryOf(run);
    assert.deepEqual([s.jobsDone, s.attemptsFailed, s.jobsDeadLettered], [0, 1, 1]);
    assert.match(s.deadLettered[0]!.error, /E_NOT_FOUND.*gone\.txt: no such file/);
    const events = run.stderr.trim().split('\n').map((l) => JSON.parse(l) as { type: string; at: string });
    const outcomes = events.filter((e) => e.type === 'retry' || e.type === 'dead');
    assert.deepEqual(outcomes.map((e) => e.type), ['retry', 'dead']);
    const backOff = Date.parse(outcomes[1]!.at) - Date.parse(outcomes[0]!.at);
    assert.ok(backOff >= 1000, `the second attempt came ${backOff} ms after the first failed, before the 1 s back-off`);
    const dead = (await jobs(db.databaseUrl!)).filter((j) => j.name === DEAD_LETTER_QUEUE);
    assert.equal(dead.length, 1);
    assert.equal(dead[0]!.data.input, gone);
    assert.match(dead[0]!.output?.message ?? '', /no such file/);
  });

  it('SIGTERM: the worker finishes the job in hand, takes no other, and exits 0', async () => {
    const db = await fresh();
    await runParley(['enqueue', folder, ...db.flags]);
    const worker = spawnParley(['worker', '--poll-interval', '200', '--json', ...db.flags]);
    await whenStderrShows(worker, '"type":"taken"');
    worker.child.kill('SIGTERM');
    const f = await worker.finished;
    assert.equal(f.code, 0, f.stderr.slice(-2000));
    const events = f.stderr.trim().split('\n').map((l) => JSON.parse(l) as { type: string; input?: string });
    const taken = events.filter((e) => e.type === 'taken').map((e) => e.input);
    const done = events.filter((e) => e.type === 'done').map((e) => e.input);
    assert.ok(events.some((e) => e.type === 'stopping'), 'no stopping event');
    assert.deepEqual(done, taken, 'every job taken was finished');
    const completed = (await jobs(db.databaseUrl!)).filter((j) => j.state === 'completed').map((j) => j.data.input);
    assert.deepEqual(completed.sort(), [...taken].sort() as string[], 'the queue agrees: the taken jobs completed, no other ran');
    const waiting = (await jobs(db.databaseUrl!)).filter((j) => j.state === 'created').length;
    assert.ok(waiting > 0, 'the worker drained the whole queue: SIGTERM came too late to test anything');
  });

  it('enqueue and worker refuse to run without PostgreSQL, saying what to pass', async () => {
    const env = { PARLEY_DATABASE_URL: '' };
    for (const args of [['enqueue', folder], ['worker', '--once']]) {
      const f = await spawnParley([...args, '--json'], env).finished;
      assert.equal(f.code, 1);
      assert.equal((JSON.parse(f.stdout) as { code: string }).code, 'E_QUEUE_NEEDS_POSTGRES');
      assert.match(f.stderr, new RegExp(`parley ${args[0]} needs a shared PostgreSQL: pass --database-url`));
    }
  });
});
