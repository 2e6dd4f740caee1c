import pg from 'pg';
import { checkStore, type StoreCheck } from './check-store.js';
import type { ExpectedStore } from './expected-store.js';
import { freshPgliteStore, freshPostgresStore, type FreshStore } from './fresh-store.js';
import { seededRandom } from './seeded-random.js';
import { runParley, spawnParley } from './spawn-parley.js';
import { readPgliteRows, readPostgresRows, type StoreRows } from './store-rows.js';
import { DEAD_LETTER_QUEUE, INGEST_QUEUE } from '../queue-settings.js';

/** What gets killed: plain `parley ingest` on PostgreSQL or on PGlite, or a `parley worker`. */
export type KillMode = 'ingest-postgres' | 'worker-postgres' | 'ingest-pglite';

export interface KillRoundsOptions {
  mode: KillMode;
  rounds: number;
  /** Kill rounds on one store before it is finished, checked and replaced by a fresh one. */
  roundsPerStore: number;
  folder: string;
  expected: ExpectedStore;
  /** A PostgreSQL URL allowed to CREATE DATABASE; needed by the PostgreSQL modes. */
  adminUrl?: string;
  seed: number;
  /** Pages per transaction: small, so kills land between and inside many transactions. */
  batchSize: number;
  /**
   * 'mixed' (default): even rounds at a random moment of a whole run, start-up included.
   * 'mid-ingest': every round just after a progress line, so never during start-up.
   */
  timing?: 'mixed' | 'mid-ingest';
  log?: (line: string) => void;
}

export interface RoundRecord {
  store: number;
  round: number;
  /** Killed this many ms after the k-th progress event (0: after the start). */
  afterEvents: number;
  delayMs: number;
  /** The process was still running when SIGKILL came (else it had finished on its own). */
  killed: boolean;
  exit: string;
  /** Articles stored after the round; null when the store would not open. */
  articles: number | null;
  check: StoreCheck | null;
  openError: string | null;
}

export interface KillRoundsResult {
  mode: KillMode;
  seed: number;
  rounds: number;
  stores: number;
  maxDelayMs: number;
  /** Progress lines (stored pages, or jobs done) a full run prints. */
  progressEvents: number;
  killedWhileRunning: number;
  /** Rounds after which more articles were stored than before: the kill came mid-ingest. */
  roundsThatStored: number;
  /** Pages found half-written (lines or articles missing) after any round or at the end. */
  halfWritten: number;
  orphans: number;
  /** Largest number of duplicate article rows seen at any point. */
  duplicates: number;
  unexpected: number;
  /** Expected articles still missing after the finishing run. */
  lost: number;
  /** Jobs that ended failed or in the dead-letter queue (worker mode). */
  failedJobs: number;
  /** Each time a store would not open after a kill, or a finishing run failed: the message. */
  failures: string[];
  records: RoundRecord[];
}

const WORKER_POLICY = ['--attempts', '100', '--retry-delay', '1', '--job-timeout', '2'];

/**
 * SIGKILLs an ingesting process at a random moment, round after round, checking the store
 * after each kill (no half-written page, no duplicate, no orphan); then finishes the ingest
 * and checks that every expected article is stored exactly once and `parley articles` answers.
 */
export async function runKillRounds(o: KillRoundsOptions): Promise<KillRoundsResult> {
  const random = seededRandom(o.seed);
  const log = o.log ?? (() => {});
  const result: KillRoundsResult = {
    mode: o.mode, seed: o.seed, rounds: 0, stores: 0, maxDelayMs: 0, progressEvents: 0, killedWhileRunning: 0, roundsThatStored: 0,
    halfWritten: 0, orphans: 0, duplicates: 0, unexpected: 0, lost: 0, failedJobs: 0, failures: [], records: [],
  };
  const note = (c: StoreCheck): void => {
    result.halfWritten += c.halfWritten.length;
    result.orphans += c.orphans.length;
    result.duplicates = Math.max(result.duplicates, c.duplicates);
    result.unexpected += c.unexpected.length;
  };

  // A full, unkilled run on a scratch store sets the range of kill delays: [0, its duration].
  const calibration = await freshStore(o);
  try {
    await prepare(o, calibration);
    const t0 = performance.now();
    const full = await runParley(command(o, calibration));
    result.maxDelayMs = Math.round(performance.now() - t0);
    result.progressEvents = countEvents(full.stderr, o.mode);
  } finally {
    await calibration.drop();
  }
  log(`${o.mode}: a full run takes ${result.maxDelayMs} ms and reports ${result.progressEvents} progress events; seed ${o.seed}`);

  for (let done = 0; done < o.rounds; result.stores += 1) {
    const store = await freshStore(o);
    try {
      await prepare(o, store);
      let before = 0;
      for (let r = 0; r < o.roundsPerStore && done < o.rounds; r++, done++) {
        // A worker round after the first finds the jobs earlier rounds finished gone; queue the inputs
        // again, as `parley ingest` reads them all again, so every round has a whole run's work to kill.
        if (r > 0) await requeue(o, store);
        // Even rounds: a random moment of a whole run (start-up and migrations included).
        // Odd rounds: a few ms after the k-th progress event, so the kill lands mid-ingest however loaded the machine is.
        const timeBased = (o.timing !== 'mid-ingest' && done % 2 === 0) || result.progressEvents < 2;
        const afterEvents = timeBased ? 0 : 1 + Math.floor(random() * (result.progressEvents - 1));
        const delayMs = afterEvents === 0 ? Math.round(random() * result.maxDelayMs) : Math.floor(random() * 30);
        const run = spawnParley(command(o, store));
        let timer: NodeJS.Timeout | undefined;
        const arm = (): void => {
          timer = setTimeout(() => run.child.kill('SIGKILL'), delayMs);
        };
        if (afterEvents === 0) arm();
        else {
          let seen = 0;
          run.child.stderr!.on('data', (d: Buffer) => {
            const before = seen;
            seen += countEvents(d.toString(), o.mode);
            if (before < afterEvents && seen >= afterEvents) arm();
          });
        }
        const finished = await run.finished;
        clearTimeout(timer);
        const killed = finished.signal === 'SIGKILL';
        const record: RoundRecord = { store: result.stores, round: done, afterEvents, delayMs, killed, exit: finished.signal ?? String(finished.code), articles: null, check: null, openError: null };
        if (!killed && finished.code !== 0) result.failures.push(`round ${done}: exited ${finished.code} before the kill: ${finished.stderr.trim().split('\n').slice(-2).join(' | ')}`);
        try {
          record.check = checkStore(await readRows(store), o.expected);
          record.articles = record.check.articles;
          note(record.check);
          if (record.articles > before) result.roundsThatStored += 1;
          before = record.articles;
        } catch (err) {
          record.openError = err instanceof Error ? err.message : String(err);
          result.failures.push(`round ${done} (killed after ${delayMs} ms): the store would not open: ${record.openError}`);
        }
        if (killed) result.killedWhileRunning += 1;
        result.records.push(record);
        const when = `${afterEvents > 0 ? `${afterEvents} events + ` : ''}${delayMs} ms`;
        log(`${o.mode} round ${done}: ${killed ? `killed at ${when}` : `finished before ${when}`}; ${record.openError ?? `${record.articles} articles stored`}`);
        result.rounds += 1;
      }
      await finish(o, store, result, note);
    } finally {
      await store.drop();
    }
  }
  return result;
}

function freshStore(o: KillRoundsOptions): Promise<FreshStore> {
  if (o.mode === 'ingest-pglite') return freshPgliteStore();
  if (!o.adminUrl) throw new Error(`kill rounds in mode ${o.mode} need a PostgreSQL admin URL`);
  return freshPostgresStore(o.adminUrl);
}

function command(o: KillRoundsOptions, store: FreshStore): string[] {
  // --json: progress as JSON lines on stderr, which odd rounds count to time their kill.
  const common = [...store.flags, '--batch-size', String(o.batchSize), '--json'];
  return o.mode === 'worker-postgres'
    ? ['worker', '--once', '--concurrency', '2', '--poll-interval', '200', ...common]
    : ['ingest', o.folder, ...common];
}

/** Progress lines in some stderr output: a stored page (ingest) or a job done (worker). */
function countEvents(stderr: string, mode: KillMode): number {
  const marker = mode === 'worker-postgres' ? '{"type":"done"' : '{"type":"page"';
  return stderr.split(marker).length - 1;
}

/** Worker mode: queue the folder (twice: the second time must queue nothing new). */
async function prepare(o: KillRoundsOptions, store: FreshStore): Promise<void> {
  await requeue(o, store);
  await requeue(o, store);
}

async function requeue(o: KillRoundsOptions, store: FreshStore): Promise<void> {
  if (o.mode !== 'worker-postgres') return;
  await runParley(['enqueue', o.folder, ...store.flags, ...WORKER_POLICY]);
}

function readRows(store: FreshStore): Promise<StoreRows> {
  return store.databaseUrl ? readPostgresRows(store.databaseUrl) : readPgliteRows(store.dataDir!);
}

/** Runs the ingest to its end, then checks the store whole and that `parley articles` answers from it. */
async function finish(o: KillRoundsOptions, store: FreshStore, result: KillRoundsResult, note: (c: StoreCheck) => void): Promise<void> {
  try {
    await runParley(command(o, store));
    const check = checkStore(await readRows(store), o.expected);
    note(check);
    result.lost += check.missing.length;
    const listed = JSON.parse((await runParley(['articles', '--json', ...store.flags])).stdout) as { articles: unknown[] };
    if (listed.articles.length !== o.expected.articles.size) result.failures.push(`parley articles listed ${listed.articles.length} articles, expected ${o.expected.articles.size}`);
    if (store.databaseUrl && o.mode === 'worker-postgres') result.failedJobs += await failedJobs(store.databaseUrl);
  } catch (err) {
    result.failures.push(`finishing store ${result.stores}: ${err instanceof Error ? err.message : String(err)}`);
    result.lost += o.expected.articles.size;
  }
}

/** Jobs that failed for good or sit in the dead-letter queue; after a drain, all should be completed. */
async function failedJobs(databaseUrl: string): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pgboss.job WHERE (name = $1 AND state <> 'completed') OR name = $2`,
      [INGEST_QUEUE, DEAD_LETTER_QUEUE],
    );
    return rows[0]?.n ?? 0;
  } finally {
    await client.end();
  }
}
