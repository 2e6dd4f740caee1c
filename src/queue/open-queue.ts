import PgBoss from 'pg-boss';
import { redactUrl } from '../store/redact-url.js';
import { DEAD_LETTER_QUEUE, INGEST_QUEUE } from './queue-settings.js';

export interface OpenQueueOptions {
  /** Where pg-boss errors go (a lost connection during maintenance, say); they never crash the process. */
  onError?: (error: Error) => void;
}

/**
 * Starts pg-boss on the shared PostgreSQL (creating its `pgboss` schema on first use) and
 * makes sure the ingest queue and its dead-letter queue exist. Safe to run from many
 * processes at once: pg-boss and queue creation both tolerate the race.
 * @example const boss = await openQueue(process.env.PARLEY_DATABASE_URL!); … await boss.stop();
 */
export async function openQueue(databaseUrl: string, options: OpenQueueOptions = {}): Promise<PgBoss> {
  // No cron scheduling (Parley schedules nothing); maintenance stays on: it expires jobs of dead workers.
  const boss = new PgBoss({ connectionString: databaseUrl, max: 3, schedule: false, application_name: 'parley-queue' });
  // An 'error' event with no listener would throw and end the process.
  boss.on('error', (error) => options.onError?.(error));
  try {
    await boss.start();
    // The dead-letter queue first: the ingest queue's foreign key names it.
    await boss.createQueue(DEAD_LETTER_QUEUE, { name: DEAD_LETTER_QUEUE, policy: 'standard' });
    // 'short': at most one waiting job per singleton key, so enqueueing an input twice queues it once.
    await boss.createQueue(INGEST_QUEUE, { name: INGEST_QUEUE, policy: 'short', deadLetter: DEAD_LETTER_QUEUE });
  } catch (err) {
    await closeUnstarted(boss);
    const message = err instanceof Error ? err.message : String(err);
    throw new Error(
      `[E_QUEUE_CONNECT] cannot open the job queue in PostgreSQL at ${redactUrl(databaseUrl)}: ${message} (is PostgreSQL running there? check --database-url or PARLEY_DATABASE_URL)`,
      { cause: err },
    );
  }
  return boss;
}

/** stop() does nothing before start() succeeded, but the pool is already open: close it so the process can exit. */
async function closeUnstarted(boss: PgBoss): Promise<void> {
  await boss.stop({ graceful: false, timeout: 1000 }).catch(() => {});
  const db = boss.getDb() as PgBoss.Db & { opened?: boolean; close?: () => Promise<void> };
  if (db.opened) await db.close?.().catch(() => {});
}
