import { decodeText } from '../stages/01-ingest/index.js';
import { readFileBytes } from '../stages/01-ingest/read-file-bytes.js';
import { followLinkWith } from '../stages/01-ingest/read-url.js';
import { readNewFeedItems } from './feed-items.js';
import { scanFiles } from './scan-files.js';
import { failedPoll, newPoll, storeNewItems, type Polled, type WatchContext } from './source-poll.js';
import type { SourceState } from './watch-state.js';

/** Polls a feed file: read only when its size or mtime changed, and then only its new items are ingested. */
export async function pollFeedFile(source: string, previous: SourceState | undefined, ctx: WatchContext): Promise<Polled> {
  const keep: Polled['state'] = previous ?? {};
  const scan = await scanFiles(source, previous?.files ?? {}, ctx.now);
  if (scan.issues[0]) return { poll: failedPoll(source, 'feed', scan.issues[0].message), state: keep };
  const poll = newPoll(source, 'feed');
  poll.waiting = scan.waiting.length;
  const changed = scan.changed[0];
  if (!changed) return { poll, state: keep };
  const file = await readFileBytes(source, ctx.settings.maxBytes);
  if (!file.ok) return { poll: failedPoll(source, 'feed', file.issue.message), state: keep };
  poll.read = 1;
  const decoded = decodeText(source, file.bytes);
  if (!decoded.ok) return { poll: failedPoll(source, 'feed', decoded.issue.message), state: keep };
  const seen = new Set(previous?.seen ?? []);
  const fresh = await readNewFeedItems(source, decoded.text, seen, ctx.settings.followFeedLinks ? followLinkWith(ctx.settings) : null);
  if (fresh.feedIssue?.kind === 'issue') return { poll: { ...failedPoll(source, 'feed', fresh.feedIssue.issue.message), read: 1 }, state: keep };
  const next: SourceState = { files: { [changed.key]: changed.signature }, seen: fresh.keys };
  if (fresh.newItems === 0) return { poll, state: next };
  return storeNewItems(ctx, poll, fresh.items, fresh.newItems, keep, next);
}
