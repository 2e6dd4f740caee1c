import { mkdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { PGlite, type Transaction } from '@electric-sql/pglite';
import type { Db, Queryable } from './db.js';
import { StoreError, messageOf } from './store-error.js';
import { lockFolder, type FolderLock } from './folder-lock.js';

/**
 * Opens (or creates) an embedded PGlite database in `dataDir`. No extensions are loaded:
 * the schema needs none, and each one costs start-up time. A new folder takes ~3.5 s
 * (initdb), reopening one ~0.5 s.
 */
export async function openPgliteDb(dataDir: string, lockWaitMs = LOCK_WAIT_MS): Promise<Db> {
  let lock: FolderLock;
  try {
    await mkdir(dataDir, { recursive: true });
    lock = await lockFolder(dataDir, lockWaitMs);
  } catch (err) {
    if (err instanceof StoreError) throw err;
    throw connectError(dataDir, err);
  }
  let pg: PGlite;
  try {
    await removeEmptyLockFile(dataDir);
    pg = await PGlite.create(dataDir);
  } catch (err) {
    await lock.release();
    throw connectError(dataDir, err);
  }
  return {
    kind: 'pglite',
    ...wrap(pg),
    transaction: (fn) => pg.transaction((tx) => fn(wrap(tx))),
    close: async () => {
      try {
        await pg.close();
      } finally {
        await lock.release();
      }
    },
  };
}

/**
 * A process killed in the instant PGlite starts leaves an empty postmaster.pid, and every later
 * open then fails ("lock file is empty") though the data is whole. An empty lock file names no
 * process, so it guards nothing: remove it.
 */
function connectError(dataDir: string, err: unknown): StoreError {
  return new StoreError('E_STORE_CONNECT', `cannot open the PGlite data folder ${dataDir}: ${messageOf(err)}`, 'is the folder writable? check --data-dir', err);
}

/** How long an open waits for another process to close the folder: long enough for a server's request, short enough to say why. */
const LOCK_WAIT_MS = 15_000;

async function removeEmptyLockFile(dataDir: string): Promise<void> {
  const lock = join(dataDir, 'postmaster.pid');
  const size = await stat(lock).then((s) => s.size, () => -1);
  if (size === 0) await rm(lock, { force: true });
}

function wrap(q: PGlite | Transaction): Queryable {
  return {
    query: async <T>(sql: string, params: readonly unknown[] = []) => (await q.query<T>(sql, [...params])).rows,
    exec: async (sql: string) => {
      await q.exec(sql);
    },
  };
}
