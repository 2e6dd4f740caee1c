import { ingestItems } from '../../pipeline/ingest-run.js';
import { ingestBytes } from '../../stages/01-ingest/ingest-bytes.js';
import { charsetFromContentType, formatFromContentType, type InputFormat } from '../../stages/01-ingest/input-format.js';
import type { ParleyStore } from '../../store/store.js';
import type { IngestOutcome } from './ingest-outcome.js';

/** The format a request's Content-Type names (text, Markdown, HTML, JSON, JSONL, RSS/Atom), or null. */
export function bodyFormat(contentType: string | undefined): InputFormat | null {
  return formatFromContentType(contentType ?? null);
}

/**
 * Stores the pages in one request body: read by stage 01 exactly as a file of that format
 * would be (named `source`), run through the pipeline and saved as `parley ingest` saves them
 * (one transaction, retried page by page if it fails).
 * @example await ingestBody(bytes, 'wire/story-1', 'text/html; charset=utf-8', store)
 */
export async function ingestBody(bytes: Uint8Array, source: string, contentType: string, store: ParleyStore): Promise<IngestOutcome> {
  const items = await ingestBytes(source, bytes, bodyFormat(contentType), { url: null, charset: charsetFromContentType(contentType), followLink: null });
  const stored: IngestOutcome['stored'] = [];
  const summary = await ingestItems(items, {
    store, batchSize: Math.max(1, items.length),
    report: (e) => { if (e.type === 'page') stored.push({ source: e.source, pageId: e.pageId, articles: e.articles, articlesNew: e.articlesNew, pageNew: e.pageNew }); },
  }, 1);
  return { stored, issues: summary.issues };
}
