import type { InputIssue } from '../model/issue.js';
import type { IngestSummary } from '../pipeline/run-events.js';
import type { IngestItem, IngestSettings } from '../stages/01-ingest/index.js';
import { ingestItems } from '../pipeline/ingest-run.js';
import type { ParleyStore } from '../store/store.js';
import type { SourceState } from './watch-state.js';

/** What a poll needs: where to store, how to read, and the clock (tests move it). */
export interface WatchContext {
  store: ParleyStore;
  settings: IngestSettings;
  batchSize: number;
  now?: () => number;
}

export type SourceKind = 'folder' | 'file' | 'feed' | 'page' | 'url';

/** What one poll found at one source. */
export interface SourcePoll {
  source: string;
  kind: SourceKind;
  /** new: something was ingested; unchanged: nothing new; not-modified: the server said 304; error: see `error`. */
  status: 'new' | 'unchanged' | 'not-modified' | 'error';
  /** Files new or changed, feed items not seen before, or 1 for a changed page. */
  newItems: number;
  /** Files left for the next poll because they are still being written. */
  waiting: number;
  /** Files read or bodies fetched in full this poll (a 304 or an unchanged file reads nothing). */
  read: number;
  pagesNew: number;
  articlesNew: number;
  articlesExisting: number;
  /** Problems with single items (one bad file, one empty feed item); the source itself was read. */
  issues: InputIssue[];
  /** One line saying why the source could not be read this poll, or null. */
  error: string | null;
  seconds: number;
}

/** A source's poll and the state to keep for it. */
export interface Polled {
  poll: SourcePoll;
  state: SourceState;
}

/** Issue codes of passing failures (the store, reading a file) after which an item is tried again next poll, not marked as seen. */
export const RETRY_CODES: ReadonlySet<string> = new Set(['E_STORE', 'E_READ']);

export function newPoll(source: string, kind: SourceKind): SourcePoll {
  return { source, kind, status: 'unchanged', newItems: 0, waiting: 0, read: 0, pagesNew: 0, articlesNew: 0, articlesExisting: 0, issues: [], error: null, seconds: 0 };
}

/** Adds what an ingest stored to a poll. */
export function addSummary(poll: SourcePoll, summary: IngestSummary): void {
  poll.pagesNew += summary.pagesNew;
  poll.articlesNew += summary.articlesNew;
  poll.articlesExisting += summary.articlesExisting;
  poll.issues.push(...summary.issues);
}

/**
 * Stores a poll's new items and says what the source's state becomes: `next` once they are
 * stored, `keep` (as before) after a passing failure, so the same items are tried again.
 */
export async function storeNewItems(ctx: WatchContext, poll: SourcePoll, items: readonly IngestItem[], newItems: number, keep: SourceState, next: SourceState): Promise<Polled> {
  const summary = await ingestItems(items, { store: ctx.store, batchSize: ctx.batchSize }, items.length);
  addSummary(poll, summary);
  poll.newItems = newItems;
  poll.status = 'new';
  return { poll, state: summary.issues.some((i) => RETRY_CODES.has(i.code)) ? keep : next };
}

export function failedPoll(source: string, kind: SourceKind, error: string): SourcePoll {
  return { ...newPoll(source, kind), status: 'error', error };
}
