import type { Command } from 'commander';
import { configFromFlags, printJson, withGlobalOptions, type GlobalFlags } from '../global-options.js';
import { openConfiguredStore } from '../open-configured-store.js';
import { clip } from '../load-model.js';

interface ArticlesFlags extends GlobalFlags {
  outlet?: string;
  since?: string;
  until?: string;
  limit?: string;
}


export function registerArticles(program: Command): void {
  withGlobalOptions(program.command('articles'))
    .description('list stored articles with outlet, date (and its basis) and title')
    .option('--outlet <name>', 'only this outlet')
    .option('--since <date>', 'published on or after YYYY-MM-DD')
    .option('--until <date>', 'published on or before YYYY-MM-DD')
    .option('--limit <n>', 'at most this many')
    .action(async (flags: ArticlesFlags) => {
      const store = await openConfiguredStore(configFromFlags({ dataDir: flags.dataDir, databaseUrl: flags.databaseUrl }));
      try {
        const articles = await store.listArticles({ outlet: flags.outlet, since: flags.since, until: flags.until, limit: flags.limit ? Number(flags.limit) : undefined });
        if (flags.json) {
          const { toExportArticle } = await import('../../analysis/export-model.js');
          printJson({ ok: true, articles: articles.map((a) => { const { text: _t, removed: _r, ...rest } = toExportArticle(a); return { ...rest, chars: a.text.length }; }) });
          return;
        }
        if (articles.length === 0) {
          process.stdout.write(`no articles in ${store.location}; add some with: parley ingest <files|folders|urls>\n`);
          return;
        }
        process.stdout.write(`${'published'.padEnd(10)}  ${'basis'.padEnd(8)}  ${'outlet'.padEnd(14)}  ${'title'.padEnd(60)}  source\n`);
        for (const a of articles) {
          process.stdout.write(`${clip(a.published, 10)}  ${clip(a.publishedBasis, 8)}  ${clip(a.outlet, 14)}  ${clip(a.title, 60)}  ${a.source}#${a.segment}\n`);
        }
        process.stdout.write(`${articles.length} articles in ${store.location}\n`);
      } finally {
        await store.close();
      }
    });
}
