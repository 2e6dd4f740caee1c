/** How many inputs were found before reading, for a progress bar. */
export interface DiscoveredInputs {
  /** Files, URLs and unreadable inputs that will each produce pages or issues. */
  total: number;
  /** Files inside folders skipped because their name starts with a dot. */
  skippedHidden: number;
  /** Files inside folders skipped because their extension is not one ingest reads. */
  skippedUnknown: number;
}

export interface IngestOptions {
  /** Largest input read, in bytes; larger inputs become E_TOO_LARGE issues. Default 25 MiB. */
  maxBytes?: number;
  /** Time allowed to fetch one URL, redirects included, in milliseconds. Default 15000. */
  fetchTimeoutMs?: number;
  /** Allow URLs that resolve to loopback, private, link-local or unique-local addresses. Default false. */
  allowPrivateAddresses?: boolean;
  /** User-Agent header sent with every request. */
  userAgent?: string;
  /** Fetch the linked page of a feed item that carries only a short summary. Default false. */
  followFeedLinks?: boolean;
  /** Inputs read ahead while the consumer handles earlier ones. Default 4. */
  concurrency?: number;
  /** Called once, after folders are expanded and before the first item is yielded. */
  onDiscovered?: (total: number, discovered: DiscoveredInputs) => void;
  /** Called after each input's pages and issues are yielded, with the count done so far. */
  onInputDone?: (done: number, total: number, input: string) => void;
}

export type IngestSettings = Required<Omit<IngestOptions, 'onDiscovered' | 'onInputDone'>>;

export const DEFAULT_INGEST_SETTINGS: IngestSettings = {
  maxBytes: 25 * 1024 * 1024,
  fetchTimeoutMs: 15_000,
  allowPrivateAddresses: false,
  userAgent: 'Parley/0.1 (news ingest)',
  followFeedLinks: false,
  concurrency: 4,
};

export function resolveIngestSettings(options: IngestOptions): IngestSettings {
  const d = DEFAULT_INGEST_SETTINGS;
  return {
    maxBytes: options.maxBytes ?? d.maxBytes,
    fetchTimeoutMs: options.fetchTimeoutMs ?? d.fetchTimeoutMs,
    allowPrivateAddresses: options.allowPrivateAddresses ?? d.allowPrivateAddresses,
    userAgent: options.userAgent ?? d.userAgent,
    followFeedLinks: options.followFeedLinks ?? d.followFeedLinks,
    concurrency: Math.max(1, Math.floor(options.concurrency ?? d.concurrency)),
  };
}
