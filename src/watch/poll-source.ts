import { stat } from 'node:fs/promises';
import { errorReason } from '../stages/01-ingest/ingest-issue.js';
import { formatFromPath } from '../stages/01-ingest/input-format.js';
import { pollFeedFile } from './poll-feed-file.js';
import { pollFiles } from './poll-files.js';
import { pollUrl } from './poll-url.js';
import { failedPoll, type Polled, type WatchContext } from './source-poll.js';
import type { SourceState } from './watch-state.js';

/**
 * Polls one source by its kind, looked at afresh each poll (a folder may appear later):
 * http(s) URLs, folders, feed files (.xml, .rss, .atom) and other files. Never throws: a
 * source that fails gives one line and keeps its state.
 */
export async function pollSource(source: string, previous: SourceState | undefined, ctx: WatchContext): Promise<Polled> {
  const t0 = performance.now();
  const polled = await pollByKind(source, previous, ctx).catch((error: unknown): Polled => ({
    poll: failedPoll(source, /^https?:\/\//i.test(source) ? 'url' : 'file', `${source}: watch failed: ${errorReason(error)}`),
    state: previous ?? {},
  }));
  polled.poll.seconds = (performance.now() - t0) / 1000;
  return polled;
}

async function pollByKind(source: string, previous: SourceState | undefined, ctx: WatchContext): Promise<Polled> {
  if (/^https?:\/\//i.test(source)) return pollUrl(source, previous, ctx);
  let isFolder: boolean;
  try {
    isFolder = (await stat(source)).isDirectory();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' || code === 'ENOTDIR' ? 'no such file or folder' : `cannot read: ${errorReason(error)}`;
    return { poll: failedPoll(source, 'file', `${source}: ${reason}`), state: previous ?? {} };
  }
  if (isFolder) return pollFiles(source, 'folder', previous, ctx);
  if (formatFromPath(source) === 'feed') return pollFeedFile(source, previous, ctx);
  return pollFiles(source, 'file', previous, ctx);
}
