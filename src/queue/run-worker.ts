import { setTimeout as sleep } from 'node:timers/promises';
import type PgBoss from 'pg-boss';
import type { IngestOptions } from '../stages/01-ingest/index.js';
import type { ParleyStore } from '../store/store.js';
import { runIngestJob } from './run-ingest-job.js';
import { DEAD_LETTER_QUEUE, INGEST_QUEUE, type IngestJobData } from './queue-settings.js';
import type { WorkerReporter } from './worker-events.js';

export interface WorkerOptions {
  boss: PgBoss;
  store: ParleyStore;
  ingest: Partial<IngestOptions>;
  batchSize: number;
  /** Jobs run at the same time in this process. */
  concurrency: number;
  /** Stop once no job is waiting, retrying or running anywhere (drain), instead of waiting for more. */
  once: boolean;
  /** Aborting it stops taking jobs; jobs already taken finish first. */
  signal: AbortSignal;
  /** How long an idle worker waits before looking again, in milliseconds. Default 1000. */
  pollMs?: number;
  report?: WorkerReporter;
}

// Reclaiming a dead worker's jobs takes a lock shared by every worker: not more often than this.
const RECLAIM_EVERY_MS = 2000;

/**
 * Takes ingest jobs from the shared queue and runs them into the store, `concurrency` at a
 * time, until the signal aborts (or, with `once`, the queue is drained). Fetching and
 * acknowledging by hand, rather than pg-boss `work()`, so that every acknowledgement is
 * awaited before the worker stops and a drain can be detected.
 */
export async function runWorker(options: WorkerOptions): Promise<void> {
  const { boss, signal } = options;
  const report = options.report ?? (() => {});
  const pollMs = options.pollMs ?? 1000;
  let lastReclaim = 0;
  report({ type: 'started', concurrency: options.concurrency, once: options.once });

  const idle = async (): Promise<boolean> => {
    try {
      // created, retry or active: anything that may still become work.
      if (options.once && (await boss.getQueueSize(INGEST_QUEUE, { before: 'completed' })) === 0) return true;
      if (Date.now() - lastReclaim >= RECLAIM_EVERY_MS) {
        lastReclaim = Date.now();
        // Jobs held past their timeout by a worker that died go back to retry (or to dead letters).
        await boss.expire();
      }
    } catch (err) {
      // The database may come back: say so and keep polling rather than drop the jobs in hand.
      report({ type: 'queue-error', error: err instanceof Error ? err.message : String(err) });
    }
    await sleep(pollMs, undefined, { signal }).catch(() => {});
    return false;
  };

  const lane = async (): Promise<void> => {
    while (!signal.aborted) {
      const [job] = await boss.fetch<IngestJobData>(INGEST_QUEUE, { batchSize: 1, includeMetadata: true });
      if (job === undefined) {
        if (await idle()) return;
        continue;
      }
      // A job already taken is finished even when the signal came meanwhile.
      await runJob(job);
    }
  };

  const runJob = async (job: PgBoss.JobWithMetadata<IngestJobData>): Promise<void> => {
    const input = typeof job.data?.input === 'string' ? job.data.input : '';
    const attempt = job.retryCount + 1;
    const attempts = job.retryLimit + 1;
    let failure: string | null = null;
    report({ type: 'taken', jobId: job.id, input, attempt });
    try {
      if (input === '') throw new Error(`job ${job.id} carries no input (data: ${JSON.stringify(job.data)}); enqueue with parley enqueue`);
      const outcome = await runIngestJob(input, { store: options.store, ingest: options.ingest, batchSize: options.batchSize });
      const { summary } = outcome;
      await acknowledge(job, input, () => boss.complete(INGEST_QUEUE, job.id, {
        pagesNew: summary.pagesNew, pagesExisting: summary.pagesExisting, articlesNew: summary.articlesNew,
        articlesExisting: summary.articlesExisting, problems: outcome.problems,
      }));
      report({ type: 'done', jobId: job.id, input, attempt, summary, problems: outcome.problems });
      return;
    } catch (err) {
      failure = err instanceof Error ? err.message : String(err);
    }
    await acknowledge(job, input, () => boss.fail(INGEST_QUEUE, job.id, { message: failure, input, attempt }));
    // pg-boss moves a job to the dead-letter queue itself once retryCount reaches retryLimit.
    if (attempt >= attempts) report({ type: 'dead', jobId: job.id, input, attempts, error: failure, deadLetterQueue: DEAD_LETTER_QUEUE });
    // pg-boss backs off by retryDelay · 2^retryCount, plus up to as much again of jitter.
    else report({ type: 'retry', jobId: job.id, input, attempt, attempts, error: failure, retryInSeconds: job.retryDelay * 2 ** job.retryCount });
  };

  const acknowledge = async (job: PgBoss.Job<IngestJobData>, input: string, ack: () => Promise<unknown>): Promise<void> => {
    try {
      await ack();
    } catch (err) {
      report({ type: 'unacknowledged', jobId: job.id, input, error: err instanceof Error ? err.message : String(err) });
    }
  };

  await Promise.all(Array.from({ length: Math.max(1, options.concurrency) }, lane));
}
