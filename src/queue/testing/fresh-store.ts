import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

/** A store nobody has written to: a new database on a PostgreSQL cluster, or a new PGlite folder. */
export interface FreshStore {
  /** Flags naming it for `parley`: --database-url … or --data-dir …. */
  flags: string[];
  databaseUrl: string | null;
  dataDir: string | null;
  drop(): Promise<void>;
}

let counter = 0;

/** Creates a new database beside the one `adminUrl` names (same server, same credentials). */
export async function freshPostgresStore(adminUrl: string): Promise<FreshStore> {
  const name = `parley_kill_${process.pid}_${Date.now()}_${counter++}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const databaseUrl = url.toString();
  return {
    flags: ['--database-url', databaseUrl], databaseUrl, dataDir: null,
    drop: async () => {
      const a = new pg.Client({ connectionString: adminUrl });
      await a.connect();
      try {
        await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await a.end();
      }
    },
  };
}

/** Creates an empty temp folder for an embedded PGlite store. */
export async function freshPgliteStore(): Promise<FreshStore> {
  const dir = await mkdtemp(join(tmpdir(), 'parley-kill-pglite-'));
  const dataDir = join(dir, 'data');
  return { flags: ['--data-dir', dataDir], databaseUrl: null, dataDir, drop: () => rm(dir, { recursive: true, force: true }) };
}
