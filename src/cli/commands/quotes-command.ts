import { foldCase } from '../../text/fold-case.js';
import type { Command } from 'commander';
import { configFromFlags, printJson, withGlobalOptions, type GlobalFlags } from '../global-options.js';
import { loadModel } from '../load-model.js';

interface QuotesFlags extends GlobalFlags {
  speaker?: string;
  kind?: string;
}

const fold = foldCase;

export function registerQuotes(program: Command): void {
  withGlobalOptions(program.command('quotes'))
    .description('list quotes and reported speech with their speakers, media and dates')
    .option('--speaker <name>', 'only quotes by this speaker (any of their names, or words of an anonymous description)')
    .option('--kind <kind>', 'only direct or indirect')
    .action(async (flags: QuotesFlags) => {
      const model = await loadModel(configFromFlags({ dataDir: flags.dataDir, databaseUrl: flags.databaseUrl }), undefined, { withDocs: false });
      const actorsById = new Map(model.actors.map((a) => [a.id, a]));
      const articlesById = new Map(model.articles.map((a) => [a.id, a]));
      const speakerLabel = (q: (typeof model.quotes)[number]): string => {
        const actor = q.speaker ? actorsById.get(q.speaker) : undefined;
        return actor?.name ?? q.speakerDescription ?? q.speakerName ?? q.speakerText ?? 'unknown speaker';
      };
      const wanted = flags.speaker ? fold(flags.speaker) : null;
      const quotes = model.quotes.filter((q) => {
        if (flags.kind && q.kind !== flags.kind) return false;
        if (!wanted) return true;
        const actor = q.speaker ? actorsById.get(q.speaker) : undefined;
        const names = [speakerLabel(q), ...(actor?.aliases ?? []), q.speakerText ?? ''];
        return names.some((n) => fold(n).includes(wanted));
      });
      if (flags.json) {
        printJson({ ok: true, quotes: quotes.map((q) => ({ ...q, speakerLabel: speakerLabel(q) })) });
        return;
      }
      for (const q of quotes) {
        const a = articlesById.get(q.article);
        const when = [q.date, q.medium].filter(Boolean).join(', ');
        const text = q.kind === 'direct' ? `“${q.text}”` : q.text;
        process.stdout.write(`${speakerLabel(q)}${when ? ` (${when})` : ''}: ${text}\n    — ${q.kind}, ${a?.outlet ?? 'unknown outlet'}, ${a?.published ?? 'undated'}, ${a?.source ?? q.article}#${a?.segment ?? ''} [${q.start}–${q.end}]\n`);
      }
      process.stdout.write(`${quotes.length} quotes\n`);
    });
}
