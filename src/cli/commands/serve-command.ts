import type { Command } from 'commander';
import { settings } from '../../config.js';
import { configFromFlags, printJson, withGlobalOptions, type GlobalFlags } from '../global-options.js';
import { openConfiguredStore } from '../open-configured-store.js';

interface ServeFlags extends GlobalFlags {
  port: string;
  host: string;
  token?: string;
  rateLimit?: string;
  writeRateLimit?: string;
  issues?: string;
  maxBytes?: string;
  allowPrivate?: boolean;
  fetchTimeout?: string;
  refresh?: string;
}

/** A whole number ≥ 0 from a flag, or undefined when the flag is absent. */
function parseCount(flag: string, raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  if (!/^\d+$/.test(raw)) throw new Error(`[E_CONFIG] ${flag} must be a whole number ≥ 0, got '${raw}'`);
  return Number(raw);
}

function parsePort(raw: string): number {
  const port = Number(raw);
  if (!/^\d+$/.test(raw) || port > 65535) throw new Error(`[E_PORT] --port must be a whole number from 0 to 65535 (0 picks a free port), got '${raw}'`);
  return port;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

export function registerServe(program: Command): void {
  withGlobalOptions(program.command('serve'))
    .description('serve the deal model as a web app with a JSON twin of every page; read-only unless a token turns on the write API (send SIGHUP to reload after ingesting)')
    .option('--port <n>', 'port to listen on; 0 picks a free one', '4173')
    .option('--host <address>', 'address to listen on', '127.0.0.1')
    .option('--token <secret>', `${settings.apiToken.help} (env ${settings.apiToken.env}, which is better: a flag shows in the process list)`)
    .option('--rate-limit <n>', `${settings.rateLimit.help} (env ${settings.rateLimit.env}, default ${settings.rateLimit.default})`)
    .option('--write-rate-limit <n>', `${settings.writeRateLimit.help} (env ${settings.writeRateLimit.env}, default ${settings.writeRateLimit.default})`)
    .option('--issues <file>', `${settings.issuesFile.help} (env ${settings.issuesFile.env})`)
    .option('--max-bytes <n>', `${settings.maxBytes.help}; also the largest request body`)
    .option('--allow-private', `${settings.allowPrivateAddresses.help} (for POST /api/ingest {"url": …})`)
    .option('--fetch-timeout <ms>', settings.fetchTimeoutMs.help)
    .option('--refresh <seconds>', 'look at the store this often and reload the model when its article count changed (beside `parley watch` or workers); 0: only on SIGHUP', '0')
    .action(async (flags: ServeFlags) => {
      const port = parsePort(flags.port);
      const config = configFromFlags({
        dataDir: flags.dataDir, databaseUrl: flags.databaseUrl, apiToken: flags.token, issuesFile: flags.issues, allowPrivateAddresses: flags.allowPrivate,
        rateLimit: parseCount('--rate-limit', flags.rateLimit), writeRateLimit: parseCount('--write-rate-limit', flags.writeRateLimit),
        maxBytes: parseCount('--max-bytes', flags.maxBytes), fetchTimeoutMs: parseCount('--fetch-timeout', flags.fetchTimeout),
      });
      const { startServer } = await import('../../server/serve.js');
      const server = await startServer({
        config, host: flags.host, port, openStore: () => openConfiguredStore(config), refreshSeconds: parseCount('--refresh', flags.refresh),
        onRefresh: (o) => process.stderr.write('error' in o ? `parley: refresh failed, still serving the previous model: ${o.error}\n` : `parley: the store changed: reloaded, ${o.articles} articles\n`),
      });
      const { model } = server.source.current();
      const counts = { articles: model.articles.length, actors: model.actors.length, quotes: model.quotes.length };
      const writes = config.apiToken !== null;
      if (flags.json) printJson({ ok: true, url: server.url, host: server.host, port: server.port, pid: process.pid, writes, ...counts });
      else {
        process.stdout.write(`Parley is serving ${server.url} — ${counts.articles} articles, ${counts.actors} actors, ${counts.quotes} quotes\n`);
        if (counts.articles === 0) process.stdout.write('  the store holds no articles yet: add some with `parley ingest <inputs>`, then reload\n');
        process.stdout.write(`  reload after ingesting: kill -HUP ${process.pid} · stop: Ctrl-C\n`);
        process.stdout.write(writes ? '  write API on: POST /api/ingest, PUT /api/config/issues with "Authorization: Bearer <token>"\n' : '  read-only: set PARLEY_API_TOKEN (or --token) to turn on the write API\n');
        if (!LOOPBACK.has(flags.host)) process.stderr.write(`parley: listening on ${flags.host}, which other machines may reach; pages need no login${writes ? ', writes need the token (sent in clear over plain HTTP: put TLS in front)' : ''}\n`);
      }
      process.on('SIGHUP', () => {
        server.source.reload().then(
          () => process.stderr.write(`parley: reloaded: ${server.source.current().model.articles.length} articles\n`),
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
