import { execFile } from 'node:child_process';
import { access, chown, mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const PG_ROOT = '/usr/lib/postgresql';

export interface ThrowawayPostgres {
  /** postgres://postgres@127.0.0.1:PORT/postgres (trust auth, no password). */
  url: string;
  /** Stops the cluster (`pg_ctl stop -m fast`) and removes its folder. */
  stop(): Promise<void>;
}

/**
 * Starts a private PostgreSQL cluster in a temp folder for tests (~3 s), on a free port
 * bound to 127.0.0.1. initdb refuses to run as root, so as root it runs as `postgres`.
 */
export async function startThrowawayPostgres(): Promise<ThrowawayPostgres> {
  const bin = await findPostgresBin();
  const dir = await mkdtemp(join(tmpdir(), 'parley-pg-'));
  const asRoot = process.getuid?.() === 0;
  const pgUser = asRoot ? 'postgres' : userInfo().username;
  const as = (cmd: string, args: string[]) =>
    asRoot ? run('runuser', ['-u', 'postgres', '--', join(bin, cmd), ...args]) : run(join(bin, cmd), args);
  const data = join(dir, 'data');
  let started = false;
  try {
    if (asRoot) {
      const { stdout } = await run('id', ['-u', 'postgres']);
      const { stdout: gid } = await run('id', ['-g', 'postgres']);
      await chown(dir, Number(stdout.trim()), Number(gid.trim()));
    }
    // UTF8 explicitly: the default locale here may be C, which would give SQL_ASCII.
    await as('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--locale=C']);
    const port = await freePort();
    const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`;
    await as('pg_ctl', ['-D', data, '-o', options, '-l', join(dir, 'log'), '-w', 'start']);
    started = true;
    return {
      url: `postgres://postgres@127.0.0.1:${port}/postgres`,
      stop: async () => {
        try {
          await as('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
        } finally {
          await rm(dir, { recursive: true, force: true });
        }
      },
    };
  } catch (err) {
    const log = await readFile(join(dir, 'log'), 'utf8').catch(() => '');
    if (started) await as('pg_ctl', ['-D', data, '-m', 'fast', 'stop']).catch(() => {});
    await rm(dir, { recursive: true, force: true });
    throw new Error(`could not start a throwaway PostgreSQL as ${pgUser}: ${(err as Error).message}\n${log.slice(-2000)}`, { cause: err });
  }
}

/** The bin folder of the installed PostgreSQL, preferring 15 (what CI installs), else the newest. */
async function findPostgresBin(): Promise<string> {
  const versions = await readdir(PG_ROOT).catch(() => [] as string[]);
  const ordered = versions.filter((v) => /^\d+$/.test(v)).sort((a, b) => (a === '15' ? -1 : b === '15' ? 1 : Number(b) - Number(a)));
  for (const v of ordered) {
    const bin = join(PG_ROOT, v, 'bin');
    if (await access(join(bin, 'initdb')).then(() => true, () => false)) return bin;
  }
  throw new Error(`PostgreSQL server binaries not found under ${PG_ROOT}/*/bin: apt-get install postgresql (the CI script installs it)`);
}

/** A port nobody listens on right now: bind port 0 and read what the OS chose. */
function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => (port ? resolvePort(port) : reject(new Error('no free port'))));
    });
  });
}
