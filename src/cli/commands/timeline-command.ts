import type { Command } from 'commander';
import { basename } from 'node:path';
import { configFromFlags, printJson, withGlobalOptions, type GlobalFlags } from '../global-options.js';
import { loadModel } from '../load-model.js';

interface TimelineFlags extends GlobalFlags {
  all?: boolean;
  undated?: boolean;
}

export function registerTimeline(program: Command): void {
  withGlobalOptions(program.command('timeline'))
    .description('who did what to whom, in date order: the same act reported by several articles is one entry')
    .option('--all', 'include planned, hypothetical and demanded acts, not only asserted ones')
    .option('--undated', 'also list acts whose date the text does not give')
    .action(async (flags: TimelineFlags) => {
      const { buildTimeline } = await import('../../stages/09-events/index.js');
      const model = await loadModel(configFromFlags({ dataDir: flags.dataDir, databaseUrl: flags.databaseUrl }), undefined, { withDocs: false });
      const events = model.events.filter((e) => flags.all || e.modality === 'asserted');
      const published = new Map(model.articles.map((a) => [a.id, a.published]));
      const entries = buildTimeline(events, (id) => published.get(id) ?? null).filter((t) => flags.undated || t.date !== null);
      if (flags.json) {
        printJson({ ok: true, timeline: entries });
        return;
      }
      const name = new Map(model.actors.map((a) => [a.id, a.name]));
      const outlet = new Map(model.articles.map((a) => [a.id, a.outlet ?? a.title ?? `${basename(a.source)}#${a.segment}`]));
      const byId = new Map(events.map((e) => [e.id, e]));
      for (const t of entries) {
        const first = byId.get(t.events[0] ?? '');
        const arrow = t.reciprocal ? '↔' : '→';
        const act = `${t.negated ? 'NOT ' : ''}${t.type}${t.modality === 'asserted' ? '' : ` (${t.modality})`}`;
        const who = `${t.source ? name.get(t.source) ?? t.source : '?'} ${arrow} ${t.target ? name.get(t.target) ?? t.target : '?'}`;
        const sources = [...new Set(t.articles.map((a) => outlet.get(a) ?? a))].join(', ');
        process.stdout.write(`${t.date ?? 'undated   '}  ${act.padEnd(14)} ${who}\n            “${first?.trigger ?? ''}” — ${first?.dateText ?? 'no date in the text'}; reported by ${sources}\n`);
      }
      process.stdout.write(`${entries.length} entries from ${events.length} events\n`);
    });
}
