import type { Command } from 'commander';
import { resolve } from 'node:path';
import { configFromFlags, printJson, withGlobalOptions, type GlobalFlags } from '../global-options.js';
import { loadModel } from '../load-model.js';

interface BriefFlags extends GlobalFlags {
  out: string;
  asOf?: string;
}

export function registerBrief(program: Command): void {
  withGlobalOptions(program.command('brief'))
    .description('write the brief (Markdown and HTML): parties, cast, timeline, key quotes and sources, every sentence cited')
    .option('--out <dir>', 'folder for brief.md and brief.html', '.parley/brief')
    .option('--as-of <date>', 'only articles published on or before YYYY-MM-DD')
    .action(async (flags: BriefFlags) => {
      if (flags.asOf && !/^\d{4}-\d{2}-\d{2}$/.test(flags.asOf)) throw new Error(`[E_AS_OF] --as-of ${flags.asOf}: not a date (use YYYY-MM-DD)`);
      const { writeBrief } = await import('../../brief/write-brief.js');
      const { filterAsOf } = await import('../../analysis/as-of.js');
      const model = await loadModel(configFromFlags({ dataDir: flags.dataDir, databaseUrl: flags.databaseUrl }), (articles) => filterAsOf(articles, flags.asOf ?? null));
      const written = writeBrief(model, resolve(flags.out), flags.asOf ?? null);
      if (flags.json) printJson({ ok: true, markdown: written.markdown, html: written.html, sections: written.brief.sections.map((s) => ({ title: s.title, sentences: s.sentences.length })) });
      else process.stdout.write(`brief written to ${written.markdown}\n             and ${written.html}\n`);
    });
}
