import type { Command } from 'commander';
import { readFileSync } from 'node:fs';
import { configFromFlags, printJson, withGlobalOptions, type GlobalFlags } from '../global-options.js';
import { openConfiguredStore } from '../open-configured-store.js';
import type { ParleyExport } from '../../model/export.js';
import { join } from 'node:path';
import { builtInGold, packageRoot } from '../paths.js';

interface EvalFlags extends GlobalFlags {
  gold: string;
  external?: string | boolean;
  from?: string;
  verbose?: boolean;
}

async function loadExport(flags: EvalFlags): Promise<ParleyExport> {
  if (flags.from) {
    const { ParleyExport } = await import('../../model/export.js');
    const parsed = ParleyExport.safeParse(JSON.parse(readFileSync(flags.from, 'utf8')));
    if (!parsed.success) throw new Error(`[E_EXPORT] ${flags.from}: not a parley-export/1 file (${parsed.error.issues[0]?.message ?? 'invalid'})`);
    return parsed.data;
  }
  const store = await openConfiguredStore(configFromFlags({ dataDir: flags.dataDir, databaseUrl: flags.databaseUrl }));
  try {
    const { buildExport } = await import('../../analysis/export-model.js');
    return await buildExport(store);
  } finally {
    await store.close();
  }
}

export function registerEval(program: Command): void {
  withGlobalOptions(program.command('eval'))
    .description('score the store (or an export file) against gold files')
    .option('--gold <dir>', 'folder of gold files', builtInGold)
    .option('--from <export.json>', 'score this export file instead of the store')
    .option('-v, --verbose', 'list every miss')
    .option('--external [sharedDir]', 'also score public gold beside the checkout: PolNeAR, PETRARCH-2, NGEC (default ../shared)')
    .action(async (flags: EvalFlags) => {
      // Loaded here, not at start-up: every command pays for what it imports at the top.
      const { loadGold } = await import('../../eval/gold.js');
      const { evaluate, formatReport } = await import('../../eval/evaluate.js');
      const gold = loadGold(flags.gold);
      const exported = await loadExport(flags);
      const scores = evaluate(exported, gold);
      const external = flags.external ? (await import('../../eval/external-evals.js')).runExternalEvals(typeof flags.external === 'string' ? flags.external : join(packageRoot, '..', 'shared')) : null;
      if (flags.json) printJson({ ok: true, gold: flags.gold, files: gold.length, scores, external: external?.json ?? null });
      else process.stdout.write(`${formatReport(scores, flags.verbose ?? false)}\n${external ? `\n${external.text}\n` : ''}`);
    });
}
