import { open, readFile, rename, rm } from 'node:fs/promises';
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { emptyWatchState, WatchState } from './watch-state.js';

export interface LoadedState {
  state: WatchState;
  /** Set when the file existed but could not be used: one line saying why the watch starts fresh. */
  warning: string | null;
}

/**
 * Reads the watch state; a missing file is a fresh start, and a corrupt one (or one kept for
 * another store) is a fresh start with a warning — never a crash.
 */
export async function loadWatchState(path: string, store: string): Promise<LoadedState> {
  let raw: string;
  try {
    raw = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { state: emptyWatchState(store), warning: null };
    return { state: emptyWatchState(store), warning: `cannot read the watch state ${path} (${oneLine((error as Error).message)}); starting fresh` };
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    return { state: emptyWatchState(store), warning: `the watch state ${path} is not valid JSON (${oneLine((error as Error).message)}); starting fresh, every source is read again` };
  }
  const parsed = WatchState.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first && first.path.length > 0 ? ` at ${first.path.join('.')}` : '';
    return { state: emptyWatchState(store), warning: `the watch state ${path} is not a Parley watch state (${first?.message ?? 'bad shape'}${where}); starting fresh, every source is read again` };
  }
  if (parsed.data.store !== store) {
    return { state: emptyWatchState(store), warning: `the watch state ${path} was kept for the store ${parsed.data.store}, not ${store}; starting fresh, every source is read again` };
  }
  return { state: parsed.data, warning: null };
}

/** Writes the state to a temporary file, flushes it, and renames it over the old one: a crash leaves the old or the new file, never half of one. */
export async function saveWatchState(path: string, state: WatchState): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temp = `${path}.${process.pid}.tmp`;
  const handle = await open(temp, 'w');
  try {
    await handle.writeFile(`${JSON.stringify(state)}\n`);
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
