import type { Command } from 'commander';
import { configFromFlags, printJson, withGlobalOptions, type GlobalFlags } from '../global-options.js';
import { openConfiguredStore } from '../open-configured-store.js';

interface ServeFlags extends GlobalFlags {
  port: string;
  host: string;
}

function parsePort(raw: string): number {
  const port = Number(raw);
  if (!/^\d+$/.test(raw) || port > 65535) throw new Error(`[E_PORT] --port must be a whole number from 0 to 65535 (0 picks a free port), got '${raw}'`);
  return port;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

export function registerServe(program: Command): void {
  withGlobalOptions(program.command('serve'))
    .description('serve the deal model as a read-only web app with a JSON twin of every page (send SIGHUP to reload after ingesting)')
    .option('--port <n>', 'port to listen on; 0 picks a free one', '4173')
    .option('--host <address>', 'address to listen on', '127.0.0.1')
    .action(async (flags: ServeFlags) => {
      const port = parsePort(flags.port);
      const config = configFromFlags({ dataDir: flags.dataDir, databaseUrl: flags.databaseUrl });
      const { startServer } = await import('../../server/serve.js');
      const server = await startServer({ config, host: flags.host, port, openStore: () => openConfiguredStore(config) });
      const { model } = server.source.view(null);
      const counts = { articles: model.articles.length, actors: model.actors.length, quotes: model.quotes.length };
      if (flags.json) printJson({ ok: true, url: server.url, host: server.host, port: server.port, pid: process.pid, ...counts });
      else {
        process.stdout.write(`Parley is serving ${server.url} — ${counts.articles} articles, ${counts.actors} actors, ${counts.quotes} quotes\n`);
        if (counts.articles === 0) process.stdout.write('  the store holds no articles yet: add some with `parley ingest <inputs>`, then reload\n');
        process.stdout.write(`  reload after ingesting: kill -HUP ${process.pid} · stop: Ctrl-C\n`);
        if (!LOOPBACK.has(flags.host)) process.stderr.write(`parley: listening on ${flags.host}, which other machines may reach; the app has no login\n`);
      }
      process.on('SIGHUP', () => {
        server.source.reload().then(
          () => process.stderr.write(`parley: reloaded: ${server.source.view(null).model.articles.length} articles\n`),
          (err: unknown) => process.stderr.write(`parley: reload failed, still serving the previous model: ${err instanceof Error ? err.message : String(err)}\n`),
        );
      });
      const stop = (): void => {
        server.close().finally(() => process.exit(0));
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
}
