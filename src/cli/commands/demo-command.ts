import type { Command } from 'commander';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { printJson } from '../global-options.js';
import { builtInCorpus, builtInGold } from '../paths.js';
import { describeSummary } from './ingest-command.js';
import { createTerminalReporter } from '../progress-reporter.js';

interface DemoFlags {
  out: string;
  json?: boolean;
}

export function registerDemo(program: Command): void {
  program.command('demo')
    .description('run the whole job on the built-in corpus (the 2025 US–Ukraine minerals deal) into a fresh folder')
    .option('--out <dir>', 'output folder (replaced)', '.parley/demo')
    .option('--json', 'machine-readable output on stdout')
    .action(async (flags: DemoFlags) => {
      const out = resolve(flags.out);
      rmSync(out, { recursive: true, force: true });
      mkdirSync(out, { recursive: true });
      const { ingestInputs } = await import('../../pipeline/ingest-run.js');
      const { openStore } = await import('../../store/open-store.js');
      const { exportModel } = await import('../../analysis/export-model.js');
      const { buildStoredModel } = await import('../../analysis/stored-model.js');
      const { writeBrief } = await import('../../brief/write-brief.js');
      const { loadGold } = await import('../../eval/gold.js');
      const { evaluate, formatReport } = await import('../../eval/evaluate.js');
      const store = await openStore({ dataDir: join(out, 'data') });
      try {
        const summary = await ingestInputs([builtInCorpus], { store, batchSize: 200, ingest: {}, report: flags.json ? () => {} : createTerminalReporter() });
        const model = await buildStoredModel(store, await store.listArticles());
        const exported = exportModel(model);
        const brief = writeBrief(model, out);
        const exportPath = join(out, 'export.json');
        writeFileSync(exportPath, `${JSON.stringify(exported, null, 2)}\n`);
        const scores = evaluate(exported, loadGold(builtInGold));
        const evalPath = join(out, 'eval.txt');
        writeFileSync(evalPath, `${formatReport(scores, true)}\n`);
        if (flags.json) {
          printJson({ ok: summary.issues.length === 0, out, store: store.location, brief: brief.markdown, briefHtml: brief.html, export: exportPath, eval: evalPath, summary, scores });
          return;
        }
        process.stdout.write(`${describeSummary(summary, store.location)}\n\n${formatReport(scores, false)}\n\n`);
        process.stdout.write(`output written to ${out}\n  brief:  ${brief.markdown}\n          ${brief.html}\n  export: ${exportPath}\n  eval:   ${evalPath}\n  store:  ${store.location} (browse it with: parley articles --data-dir ${join(out, 'data')})\n`);
      } finally {
        await store.close();
      }
    });
}
