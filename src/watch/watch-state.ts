import { z } from 'zod';

/** Size and modification time of a file when it was last ingested: unchanged files are not read again. */
export const FileSignature = z.object({ size: z.number(), mtimeMs: z.number() });
export type FileSignature = z.infer<typeof FileSignature>;

/** What the watch remembers about one source between polls. */
export const SourceState = z.object({
  /** Folder and file sources: signature per file path. */
  files: z.record(z.string(), FileSignature).optional(),
  /** URL sources: the validators for a conditional GET. */
  etag: z.string().nullable().optional(),
  lastModified: z.string().nullable().optional(),
  /** Hash of the last body read, so a server without validators still costs no re-parse. */
  bodyHash: z.string().optional(),
  /** Feed sources: keys of the items in the feed as last read. */
  seen: z.array(z.string()).optional(),
});
export type SourceState = z.infer<typeof SourceState>;

export const WatchState = z.object({
  version: z.literal(1),
  /** The store this state describes; state kept for another store would hide what it lacks. */
  store: z.string(),
  sources: z.record(z.string(), SourceState),
});
export type WatchState = z.infer<typeof WatchState>;

export function emptyWatchState(store: string): WatchState {
  return { version: 1, store, sources: {} };
}
