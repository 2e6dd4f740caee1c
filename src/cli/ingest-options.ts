import type { Command } from 'commander';
import { settings, type ParleyConfig } from '../config.js';

/** The flags of every command that reads inputs: ingest, worker, watch. */
export interface IngestFlags {
  maxBytes?: string;
  allowPrivate?: boolean;
  fetchTimeout?: string;
  batchSize?: string;
}

/** Adds the options of every command that reads inputs; their help text comes from the typed configuration. */
export function withIngestOptions(cmd: Command): Command {
  return cmd
    .option('--max-bytes <n>', settings.maxBytes.help)
    .option('--allow-private', settings.allowPrivateAddresses.help)
    .option('--fetch-timeout <ms>', settings.fetchTimeoutMs.help)
    .option('--batch-size <n>', settings.batchSize.help);
}

/** The configuration those flags set (unset flags stay undefined, so the environment and defaults apply). */
export function ingestConfig(flags: IngestFlags): Partial<Pick<ParleyConfig, 'maxBytes' | 'allowPrivateAddresses' | 'fetchTimeoutMs' | 'batchSize'>> {
  return {
    maxBytes: flags.maxBytes ? Number(flags.maxBytes) : undefined,
    allowPrivateAddresses: flags.allowPrivate,
    fetchTimeoutMs: flags.fetchTimeout ? Number(flags.fetchTimeout) : undefined,
    batchSize: flags.batchSize ? Number(flags.batchSize) : undefined,
  };
}
