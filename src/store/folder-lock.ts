import { open, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { StoreError } from './store-error.js';

/**
 * One process at a time in a PGlite data folder: two PGlite instances writing one folder
 * corrupt it, and PGlite itself does not stop a second process. The lock is a file holding
 * the owner's pid, made with O_EXCL. A lock whose process is gone (kill -9) is stale and
 * taken over; opens within one process share it (the server opens and closes per request).
 * Hand-written because the npm lock libraries judge staleness by age, and a watch holds its
 * folder for days.
 */
export interface FolderLock {
  release(): Promise<void>;
}

const LOCK_FILE = 'parley.lock';
const POLL_MS = 100;
const held = new Map<string, number>();

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: the process exists but belongs to someone else.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function ownerOf(path: string): Promise<number | null> {
  const text = await readFile(path, 'utf8').catch(() => null);
  const pid = Number(text?.trim());
  return Number.isInteger(pid) && pid > 0 ? pid : null;
}

async function tryCreate(path: string): Promise<boolean> {
  try {
    const handle = await open(path, 'wx');
    await handle.writeFile(String(process.pid));
    await handle.close();
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw err;
  }
}

/** Takes the folder's lock, waiting up to `waitMs` for another process to let it go. */
export async function lockFolder(dataDir: string, waitMs: number): Promise<FolderLock> {
  const path = join(dataDir, LOCK_FILE);
  const release = async (): Promise<void> => {
    const count = (held.get(path) ?? 1) - 1;
    if (count > 0) {
      held.set(path, count);
      return;
    }
    held.delete(path);
    if ((await ownerOf(path)) === process.pid) await rm(path, { force: true });
  };
  if (held.has(path)) {
    held.set(path, (held.get(path) ?? 0) + 1);
    return { release };
  }
  const deadline = Date.now() + waitMs;
  for (;;) {
    if (await tryCreate(path)) break;
    const owner = await ownerOf(path);
    // A lock without a pid is being written by its owner, unless it has stayed empty a while (killed in between).
    const emptyTooLong = owner === null && Date.now() - (await stat(path).then((s) => s.mtimeMs, () => 0)) > 2_000;
    if (owner === process.pid || emptyTooLong || (owner !== null && !alive(owner))) {
      // Ours from before, left empty, or left by a process that died: take it over.
      await rm(path, { force: true });
      if (await tryCreate(path)) break;
    } else if (Date.now() >= deadline) {
      throw new StoreError('E_STORE_BUSY', `the data folder ${dataDir} is open in another Parley process (pid ${owner ?? 'unknown'})`, 'wait for it to finish, or use PostgreSQL (--database-url) to run several processes on one store');
    }
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
  held.set(path, 1);
  return { release };
}
