import { createHash } from 'node:crypto';
import { decodeText } from '../stages/01-ingest/index.js';
import { fetchIfChanged } from '../stages/01-ingest/fetch-url.js';
import { urlFormat } from '../stages/01-ingest/read-url.js';
import { ingestBytes } from '../stages/01-ingest/ingest-bytes.js';
import { charsetFromContentType } from '../stages/01-ingest/input-format.js';
import { followLinkWith } from '../stages/01-ingest/read-url.js';
import { readNewFeedItems } from './feed-items.js';
import { failedPoll, newPoll, storeNewItems, type Polled, type WatchContext } from './source-poll.js';
import type { SourceState } from './watch-state.js';

/**
 * Polls an http(s) URL with a conditional GET: a 304, or a body identical to the last one,
 * costs nothing more. A feed ingests its unseen items; a page is ingested again (content-hash
 * ids make the same text a no-op in the store).
 */
export async function pollUrl(source: string, previous: SourceState | undefined, ctx: WatchContext): Promise<Polled> {
  const keep: SourceState = previous ?? {};
  const validators = { etag: previous?.etag ?? null, lastModified: previous?.lastModified ?? null };
  const fetched = await fetchIfChanged(source, ctx.settings, validators);
  if (!fetched.ok) return { poll: failedPoll(source, 'url', fetched.issue.message), state: keep };
  const kept = { ...keep, etag: fetched.validators.etag, lastModified: fetched.validators.lastModified };
  if (fetched.notModified) return { poll: { ...newPoll(source, keep.seen ? 'feed' : 'url'), status: 'not-modified' }, state: kept };
  const bodyHash = createHash('sha256').update(fetched.bytes).digest('hex');
  const format = urlFormat(fetched.contentType, fetched.url, fetched.bytes);
  const kind = format === 'feed' ? 'feed' : 'page';
  const poll = { ...newPoll(source, kind), read: 1 };
  if (bodyHash === previous?.bodyHash) return { poll, state: kept };
  const charset = charsetFromContentType(fetched.contentType);
  const followLink = ctx.settings.followFeedLinks ? followLinkWith(ctx.settings) : null;
  if (format === 'feed') {
    const decoded = decodeText(source, fetched.bytes, charset);
    if (!decoded.ok) return { poll: { ...failedPoll(source, kind, decoded.issue.message), read: 1 }, state: keep };
    const fresh = await readNewFeedItems(source, decoded.text, new Set(previous?.seen ?? []), followLink);
    if (fresh.feedIssue?.kind === 'issue') return { poll: { ...failedPoll(source, kind, fresh.feedIssue.issue.message), read: 1 }, state: keep };
    const next: SourceState = { ...kept, bodyHash, seen: fresh.keys };
    if (fresh.newItems === 0) return { poll, state: next };
    return storeNewItems(ctx, poll, fresh.items, fresh.newItems, keep, next);
  }
  const items = await ingestBytes(source, fetched.bytes, format, { url: fetched.url, charset, followLink });
  return storeNewItems(ctx, poll, items, 1, keep, { ...kept, bodyHash });
}
