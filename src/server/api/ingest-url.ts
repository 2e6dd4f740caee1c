import type { InputIssue } from '../../model/issue.js';
import { ingestInputs } from '../../pipeline/ingest-run.js';
import type { ParleyStore } from '../../store/store.js';
import type { IngestOutcome, StoredPage } from './ingest-outcome.js';

export interface UrlIngestSettings {
  maxBytes: number;
  fetchTimeoutMs: number;
  allowPrivateAddresses: boolean;
}

/**
 * Fetches one http(s) URL and stores its pages with the CLI's own ingest run, so the address
 * guard (loopback, private and link-local refused unless allowed), size and time limits apply.
 * The caller must have checked the scheme: ingest reads anything else as a file path.
 */
export async function ingestUrl(url: string, store: ParleyStore, settings: UrlIngestSettings): Promise<IngestOutcome> {
  const stored: StoredPage[] = [];
  const summary = await ingestInputs([url], {
    store, batchSize: 200, ingest: { maxBytes: settings.maxBytes, fetchTimeoutMs: settings.fetchTimeoutMs, allowPrivateAddresses: settings.allowPrivateAddresses, followFeedLinks: false },
    report: (event) => {
      if (event.type === 'page') stored.push({ source: event.source, pageId: event.pageId, articles: event.articles, articlesNew: event.articlesNew, pageNew: event.pageNew });
    },
  });
  const issues: InputIssue[] = summary.issues;
  return { stored, issues };
}
