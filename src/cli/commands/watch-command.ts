import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import { ingestConfig, withIngestOptions, type IngestFlags } from '../ingest-options.js';
import { configFromFlags, withGlobalOptions, type GlobalFlags } from '../global-options.js';
import { openConfiguredStore } from '../open-configured-store.js';

interface WatchFlags extends GlobalFlags, IngestFlags {
  interval: string;
  once?: boolean;
  state?: string;
  followLinks?: boolean;
}

const DEFAULT_INTERVAL_S = 300;
/** Shorter than this would poll feeds faster than their servers ask anyone to. */
const MIN_INTERVAL_S = 5;

/** Where the watch state goes: beside the embedded data, or (for PostgreSQL) one file per database under .parley/. */
export function defaultStatePath(dataDir: string, databaseUrl: string | null): string {
  if (databaseUrl === null) return join(dataDir, 'watch-state.json');
  const tag = createHash('sha256').update(databaseUrl).digest('hex').slice(0, 8);
  return resolve('.parley', `watch-state-${tag}.json`);
}

export function registerWatch(program: Command): void {
  withIngestOptions(withGlobalOptions(program.command('watch')))
    .description('poll folders, feeds and page URLs; ingest only what is new since the last poll')
    .argument('<sources...>', 'folders, files, feed files or http(s) URLs of feeds and pages')
    .option('--interval <seconds>', `pause between polls, at least ${MIN_INTERVAL_S}`, String(DEFAULT_INTERVAL_S))
    .option('--once', 'poll once and exit (for cron and tests); the exit code is 1 if anything failed')
    .option('--state <file>', 'watch state file (default: <data-dir>/watch-state.json; with --database-url, .parley/watch-state-<hash>.json)')
    .option('--follow-links', 'fetch the linked page of a new feed item that carries only a short summary')
    .action(async (sources: string[], flags: WatchFlags) => {
      const interval = Number(flags.interval);
      if (!Number.isFinite(interval) || interval < MIN_INTERVAL_S) {
        throw new Error(`[E_USAGE] --interval ${flags.interval}: give a number of seconds, at least ${MIN_INTERVAL_S}`);
      }
      const config = configFromFlags({
        dataDir: flags.dataDir, databaseUrl: flags.databaseUrl,
        ...ingestConfig(flags),
      });
      const statePath = flags.state ? resolve(flags.state) : defaultStatePath(config.dataDir, config.databaseUrl);
      const { runWatch } = await import('../../watch/watch-loop.js');
      const { describePoll, pollProblems } = await import('../../watch/describe-poll.js');
      const { resolveIngestSettings } = await import('../../stages/01-ingest/index.js');
      const store = await openConfiguredStore(config);
      // The first signal lets the current poll finish and the store close; a second one quits at once.
      const controller = new AbortController();
      const stop = (signal: NodeJS.Signals): void => {
        if (controller.signal.aborted) process.exit(130);
        process.stderr.write(`parley: ${signal}: finishing the current poll, then stopping (again to quit now)\n`);
        controller.abort();
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
      try {
        if (!flags.once && !flags.json) process.stderr.write(`parley: watching ${sources.length === 1 ? sources[0] : `${sources.length} sources`} every ${interval} s; store: ${store.location}; state: ${statePath}\n`);
        const outcome = await runWatch({
          store,
          settings: resolveIngestSettings({ maxBytes: config.maxBytes, fetchTimeoutMs: config.fetchTimeoutMs, allowPrivateAddresses: config.allowPrivateAddresses, followFeedLinks: flags.followLinks ?? false }),
          batchSize: config.batchSize,
          sources,
          statePath,
          intervalMs: interval * 1000,
          once: flags.once ?? false,
          signal: controller.signal,
          onWarning: (message) => process.stderr.write(`parley: warning: ${message}\n`),
          onPoll: (report) => {
            for (const line of pollProblems(report)) process.stderr.write(`${line}\n`);
            if (flags.json) process.stdout.write(`${JSON.stringify({ ok: report.errors + report.issues === 0, store: store.location, ...report })}\n`);
            else for (const line of describePoll(report)) process.stdout.write(`${line}\n`);
          },
        });
        if (flags.once && outcome.errors + outcome.issues > 0) process.exitCode = 1;
      } finally {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
        await store.close();
      }
    });
}
