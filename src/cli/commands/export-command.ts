import type { Command } from 'commander';
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { configFromFlags, withGlobalOptions, type GlobalFlags } from '../global-options.js';
import { openConfiguredStore } from '../open-configured-store.js';

interface ExportFlags extends GlobalFlags {
  format: string;
  out?: string;
}

export function registerExport(program: Command): void {
  withGlobalOptions(program.command('export'))
    .description('write the model in the export contract (parley-export/1)')
    .option('--format <format>', 'export format: json', 'json')
    .option('-o, --out <file>', 'write to this file instead of stdout')
    .action(async (flags: ExportFlags) => {
      if (flags.format !== 'json') {
        process.stderr.write(`parley: [E_FORMAT] unknown export format '${flags.format}' (use --format json)\n`);
        process.exitCode = 2;
        return;
      }
      const store = await openConfiguredStore(configFromFlags({ dataDir: flags.dataDir, databaseUrl: flags.databaseUrl }));
      try {
        const { buildExport } = await import('../../analysis/export-model.js');
        const body = `${JSON.stringify(await buildExport(store), null, 2)}\n`;
        if (!flags.out) {
          process.stdout.write(body);
          return;
        }
        const out = resolve(flags.out);
        mkdirSync(dirname(out), { recursive: true });
        writeFileSync(out, body);
        process.stderr.write(`export written to ${out}\n`);
      } finally {
        await store.close();
      }
    });
}
