import type { Command } from 'commander';
import { configFromFlags, printJson, withGlobalOptions, type GlobalFlags } from '../global-options.js';
import { clip, loadModel } from '../load-model.js';

interface DealFlags extends GlobalFlags {
  asOf?: string;
  issues?: string;
}

export function registerDeal(program: Command): void {
  withGlobalOptions(program.command('deal'))
    .description('the deal as the coverage shows it: issues, each party’s stance, the drafts, the outlook')
    .option('--as-of <date>', 'the model as it stood on YYYY-MM-DD, from what had been published by then')
    .option('--issues <file>', 'JSON issue configuration: { "rename": {…}, "merge": [[…]], "add": [{…}], "drop": […] }')
    .action(async (flags: DealFlags) => {
      if (flags.asOf && !/^\d{4}-\d{2}-\d{2}$/.test(flags.asOf)) throw new Error(`[E_AS_OF] --as-of ${flags.asOf}: not a date (use YYYY-MM-DD)`);
      const { filterAsOf } = await import('../../analysis/as-of.js');
      const { loadIssuesConfig } = await import('../../config/issues-config.js');
      const issues = flags.issues ? loadIssuesConfig(flags.issues) : undefined;
      const model = await loadModel(configFromFlags({ dataDir: flags.dataDir, databaseUrl: flags.databaseUrl }), (articles) => filterAsOf(articles, flags.asOf ?? null), { issues, asOf: flags.asOf ?? null, withDocs: false });
      const { deal } = model;
      if (flags.json) {
        printJson({ ok: true, ...deal });
        return;
      }
      const name = new Map(model.actors.map((a) => [a.id, a.name]));
      const issueName = new Map(deal.issues.map((i) => [i.id, i.name]));
      const out: string[] = [`deal${deal.asOf ? ` as of ${deal.asOf}` : ''}: ${deal.articles.length} articles, ${deal.issues.length} issues, ${deal.positions.length} positions, ${deal.drafts.length} drafts; outlook ${deal.trend.direction}`];
      for (const note of deal.notes) out.push(`note: ${note}`);
      out.push('', 'positions (latest first):');
      for (const p of [...deal.positions].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''))) {
        out.push(`  ${clip(p.date, 10)}  ${clip(name.get(p.party) ?? p.party, 16)}  ${clip(p.stance + (p.changed ? '*' : ''), 10)}  ${clip(issueName.get(p.issue) ?? p.issue, 28)}  “${p.evidence.slice(0, 90)}”`);
      }
      out.push('', 'drafts:');
      for (const d of [...deal.drafts].sort((a, b) => a.order - b.order)) out.push(`  ${d.order}. ${d.label} — ${d.reception}${d.author ? `, tabled by ${name.get(d.author) ?? d.author}` : ''}`);
      out.push('', 'outlook:');
      for (const o of [...deal.outlook].sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999'))) out.push(`  ${clip(o.date, 10)}  ${o.score >= 0 ? '+' : ''}${o.score.toFixed(2)}  ${o.phrases.slice(0, 4).map((p) => `“${p}”`).join(', ')}`);
      out.push('', '(* = the party changed its stance on that issue)');
      process.stdout.write(`${out.join('\n')}\n`);
    });
}
