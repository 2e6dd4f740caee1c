import type { Command } from 'commander';
import { settings, type ParleyConfig } from '../../config.js';
import { ingestConfig, withIngestOptions, type IngestFlags } from '../ingest-options.js';
import { configFromFlags, printJson, withGlobalOptions, type GlobalFlags } from '../global-options.js';
import { openConfiguredStore } from '../open-configured-store.js';
import { redactUrl } from '../../store/redact-url.js';
import { DEFAULT_JOB_POLICY, INGEST_QUEUE, checkJobPolicy } from '../../queue/queue-settings.js';

interface EnqueueFlags extends GlobalFlags {
  attempts?: string;
  retryDelay?: string;
  jobTimeout?: string;
}

interface WorkerFlags extends GlobalFlags, IngestFlags {
  concurrency?: string;
  once?: boolean;
  pollInterval?: string;
}

/** Workers share one queue and one store, so both commands refuse to run without PostgreSQL. */
function requireDatabaseUrl(config: ParleyConfig, command: string): string {
  if (config.databaseUrl) return config.databaseUrl;
  throw new Error(
    `[E_QUEUE_NEEDS_POSTGRES] parley ${command} needs a shared PostgreSQL: pass --database-url postgres://… or set ${settings.databaseUrl.env} (the queue and the store live there, so workers on any machine can share them; the embedded PGlite store serves one process only)`,
  );
}

function wholeNumber(flag: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n)) throw new Error(`[E_QUEUE_OPTION] ${flag} must be a whole number, not ${raw}`);
  return n;
}

export function registerQueue(program: Command): void {
  withGlobalOptions(program.command('enqueue'))
    .description('queue files, folders, feeds and URLs for `parley worker`: one job per file or URL, in PostgreSQL')
    .argument('<inputs...>', 'files, folders (expanded to their files), feed files or http(s) URLs')
    .option('--attempts <n>', `tries before a job goes to the dead-letter queue (default ${DEFAULT_JOB_POLICY.attempts})`)
    .option('--retry-delay <s>', `seconds before the first retry; each later one waits about twice as long (default ${DEFAULT_JOB_POLICY.retryDelaySeconds})`)
    .option('--job-timeout <s>', `seconds a job may run before a silent worker loses it and it is retried (default ${DEFAULT_JOB_POLICY.timeoutSeconds})`)
    .action(async (inputs: string[], flags: EnqueueFlags) => {
      const url = requireDatabaseUrl(configFromFlags({ dataDir: flags.dataDir, databaseUrl: flags.databaseUrl }), 'enqueue');
      const policy = checkJobPolicy({
        attempts: wholeNumber('--attempts', flags.attempts, DEFAULT_JOB_POLICY.attempts),
        retryDelaySeconds: wholeNumber('--retry-delay', flags.retryDelay, DEFAULT_JOB_POLICY.retryDelaySeconds),
        timeoutSeconds: wholeNumber('--job-timeout', flags.jobTimeout, DEFAULT_JOB_POLICY.timeoutSeconds),
      });
      const { openQueue } = await import('../../queue/open-queue.js');
      const { enqueueInputs } = await import('../../queue/enqueue-inputs.js');
      const boss = await openQueue(url, { onError: (e) => process.stderr.write(`parley: job queue: ${e.message}\n`) });
      try {
        const s = await enqueueInputs(boss, inputs, policy);
        for (const issue of s.issues) process.stderr.write(`parley: ${issue.message}${issue.hint ? ` (${issue.hint})` : ''}\n`);
        if (flags.json) printJson({ ok: s.issues.length === 0, queue: INGEST_QUEUE, database: redactUrl(url), ...s });
        else {
          const waiting = s.alreadyQueued > 0 ? ` (${s.alreadyQueued} more already waiting, not queued twice)` : '';
          const problems = s.issues.length === 1 ? '1 problem' : `${s.issues.length} problems`;
          process.stdout.write(`queued ${s.queued} jobs${waiting}; ${problems}; queue ${INGEST_QUEUE} at ${redactUrl(url)}; run: parley worker\n`);
        }
        if (s.issues.length > 0) process.exitCode = 1;
      } finally {
        await boss.stop();
      }
    });

  withIngestOptions(withGlobalOptions(program.command('worker')))
    .description('take ingest jobs from the PostgreSQL queue and store their articles; run as many as you like, anywhere')
    .option('--concurrency <n>', 'jobs run at the same time in this process (default 1)')
    .option('--once', 'drain the queue, then exit (for batch jobs and tests)')
    .option('--poll-interval <ms>', 'how long an idle worker waits before looking for jobs again (default 1000)')
    .action(async (flags: WorkerFlags) => {
      const config = configFromFlags({
        dataDir: flags.dataDir, databaseUrl: flags.databaseUrl,
        ...ingestConfig(flags),
      });
      const url = requireDatabaseUrl(config, 'worker');
      const concurrency = wholeNumber('--concurrency', flags.concurrency, 1);
      const pollMs = wholeNumber('--poll-interval', flags.pollInterval, 1000);
      if (concurrency < 1) throw new Error(`[E_QUEUE_OPTION] --concurrency must be at least 1, not ${concurrency}`);
      if (pollMs < 100) throw new Error(`[E_QUEUE_OPTION] --poll-interval must be at least 100 ms, not ${pollMs}`);
      const { openQueue } = await import('../../queue/open-queue.js');
      const { runWorker } = await import('../../queue/run-worker.js');
      const { createWorkerSummary, describeWorkerSummary } = await import('../../queue/worker-summary.js');
      const { createWorkerJsonLinesReporter, createWorkerTerminalReporter } = await import('../../queue/worker-reporter.js');
      const store = await openConfiguredStore(config);
      const print = flags.json ? createWorkerJsonLinesReporter() : createWorkerTerminalReporter();
      const tally = createWorkerSummary();
      const report = (e: Parameters<typeof print>[0]): void => {
        tally.add(e);
        print(e);
      };
      const stop = new AbortController();
      // First signal: finish the jobs in hand, then stop. Second: stop now (their jobs return after the timeout).
      const onSignal = (signal: NodeJS.Signals): void => {
        if (stop.signal.aborted) {
          process.stderr.write(`worker: ${signal} again; stopping now\n`);
          process.exit(signal === 'SIGINT' ? 130 : 143);
        }
        report({ type: 'stopping', reason: `${signal} received` });
        stop.abort();
      };
      process.on('SIGINT', onSignal);
      process.on('SIGTERM', onSignal);
      try {
        const boss = await openQueue(url, { onError: (e) => report({ type: 'queue-error', error: e.message }) });
        try {
          await runWorker({
            boss, store, concurrency, once: flags.once === true, pollMs, signal: stop.signal, report, batchSize: config.batchSize,
            ingest: { maxBytes: config.maxBytes, fetchTimeoutMs: config.fetchTimeoutMs, allowPrivateAddresses: config.allowPrivateAddresses },
          });
        } finally {
          await boss.stop();
        }
        const s = tally.finish();
        const ok = s.jobsDeadLettered === 0 && s.jobsWithProblems === 0;
        if (flags.json) printJson({ ok, store: store.location, ...s });
        else process.stdout.write(`${describeWorkerSummary(s, store.location)}\n`);
        if (!ok) process.exitCode = 1;
      } finally {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
        await store.close();
      }
    });
}
