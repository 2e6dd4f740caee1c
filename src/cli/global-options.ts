import type { Command } from 'commander';
import { resolveConfig, settings, type ParleyConfig } from '../config.js';

export interface GlobalFlags {
  dataDir?: string;
  databaseUrl?: string;
  json?: boolean;
}

/** Adds the options every command takes; their help text comes from the typed configuration. */
export function withGlobalOptions(cmd: Command): Command {
  return cmd
    .option('--data-dir <dir>', `${settings.dataDir.help} (env ${settings.dataDir.env}, default ${settings.dataDir.default})`)
    .option('--database-url <url>', `${settings.databaseUrl.help} (env ${settings.databaseUrl.env})`)
    .option('--json', 'machine-readable output on stdout');
}

export function configFromFlags(flags: GlobalFlags & Partial<ParleyConfig>): ParleyConfig {
  const { json: _json, ...rest } = flags;
  return resolveConfig(Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined)) as Partial<ParleyConfig>);
}

/** Prints a value as JSON on stdout. */
export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}
