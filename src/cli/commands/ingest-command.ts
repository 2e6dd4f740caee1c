import { existsSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import type { Command } from 'commander';
import { settings } from '../../config.js';
import { ingestConfig, withIngestOptions, type IngestFlags } from '../ingest-options.js';
import { configFromFlags, printJson, withGlobalOptions, type GlobalFlags } from '../global-options.js';
import { openConfiguredStore } from '../open-configured-store.js';
import { createJsonLinesReporter, createTerminalReporter } from '../progress-reporter.js';
import type { IngestSummary } from '../../pipeline/run-events.js';

interface IngestCommandFlags extends GlobalFlags, IngestFlags {
  workers?: string;
}

/** One line saying what an ingest run did. */
export function describeSummary(s: IngestSummary, where: string): string {
  const rate = s.seconds > 0 ? ` in ${s.seconds.toFixed(1)} s` : '';
  const existing = s.pagesExisting + s.articlesExisting > 0 ? ` (already stored: ${s.pagesExisting} pages, ${s.articlesExisting} articles — nothing new stored for them)` : '';
  const problems = s.issues.length === 1 ? '1 problem' : `${s.issues.length} problems`;
  return `ingested ${s.pages} pages → ${s.articlesNew} new articles${existing}; ${problems}${rate}; store: ${where}`;
}

/** One worker thread per core, unless told otherwise; none for a single file, where starting threads costs more than it saves. */
function workerThreads(asked: number, inputs: readonly string[]): number {
  if (asked >= 0) return asked;
  const single = inputs.length === 1 && existsSync(inputs[0]!) && statSync(inputs[0]!).isFile() && !/\.(jsonl?|xml|rss|atom)$/iu.test(inputs[0]!);
  return single ? 0 : availableParallelism();
}

export function registerIngest(program: Command): void {
  withIngestOptions(withGlobalOptions(program.command('ingest'))
    .description('read files, folders, feeds and URLs; clean, segment, date and store their articles')
    .argument('<inputs...>', 'files, folders, feed files or http(s) URLs'))
    .option('--workers <n>', settings.workers.help)
    .action(async (inputs: string[], flags: IngestCommandFlags) => {
      const config = configFromFlags({
        dataDir: flags.dataDir, databaseUrl: flags.databaseUrl,
        ...ingestConfig(flags),
        workers: flags.workers !== undefined ? Number(flags.workers) : undefined,
      });
      const { ingestInputs } = await import('../../pipeline/ingest-run.js');
      const store = await openConfiguredStore(config);
      try {
        const summary = await ingestInputs(inputs, {
          store, batchSize: config.batchSize, workers: workerThreads(config.workers, inputs),
          ingest: { maxBytes: config.maxBytes, fetchTimeoutMs: config.fetchTimeoutMs, allowPrivateAddresses: config.allowPrivateAddresses },
          report: flags.json ? createJsonLinesReporter() : createTerminalReporter(),
        });
        if (flags.json) printJson({ ok: summary.issues.length === 0, store: store.location, ...summary });
        else process.stdout.write(`${describeSummary(summary, store.location)}\n`);
        if (summary.issues.length > 0) process.exitCode = 1;
      } finally {
        await store.close();
      }
    });
}
