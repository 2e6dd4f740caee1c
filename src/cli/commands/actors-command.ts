import type { Command } from 'commander';
import { configFromFlags, printJson, withGlobalOptions, type GlobalFlags } from '../global-options.js';
import { clip, loadModel } from '../load-model.js';

interface ActorsFlags extends GlobalFlags {
  kind?: string;
}

export function registerActors(program: Command): void {
  withGlobalOptions(program.command('actors'))
    .description('list the actors found across all articles: role, affiliation, mention and article counts')
    .option('--kind <kind>', 'only person, organization, country, group or anonymous')
    .action(async (flags: ActorsFlags) => {
      const model = await loadModel(configFromFlags({ dataDir: flags.dataDir, databaseUrl: flags.databaseUrl }), undefined, { withDocs: false });
      const actors = model.actors
        .filter((a) => !flags.kind || a.kind === flags.kind)
        .sort((x, y) => y.mentions.length - x.mentions.length || x.name.localeCompare(y.name));
      if (flags.json) {
        printJson({ ok: true, actors });
        return;
      }
      process.stdout.write(`${'name'.padEnd(28)}  ${'kind'.padEnd(12)}  ${'role'.padEnd(34)}  ${'affil.'.padEnd(6)}  mentions  articles\n`);
      for (const a of actors) {
        const conflict = a.conflicts.length > 0 ? `  (conflict: ${a.conflicts.map((c) => c.note).join('; ')})` : '';
        process.stdout.write(`${clip(a.name, 28)}  ${clip(a.kind, 12)}  ${clip(a.role, 34)}  ${clip(a.affiliation, 6)}  ${String(a.mentions.length).padStart(8)}  ${String(a.articles.length).padStart(8)}${conflict}\n`);
      }
      process.stdout.write(`${actors.length} actors from ${model.articles.length} articles in ${model.location}\n`);
    });
}
