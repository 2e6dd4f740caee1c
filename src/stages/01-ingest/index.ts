/** Stage 01 — Ingest: files, folders and URLs in; pages (text plus given metadata) or issues out. */
export { readInputs } from './read-inputs.js';
export type { IngestItem } from './ingest-item.js';
export { DEFAULT_INGEST_SETTINGS, resolveIngestSettings, type DiscoveredInputs, type IngestOptions, type IngestSettings } from './ingest-options.js';
export { INGEST_ISSUE_HINTS, type IngestIssueCode } from './ingest-issue.js';
export { htmlToText, type HtmlText } from './html-to-text.js';
export { markdownToText } from './markdown-to-text.js';
export { decodeText } from './decode-text.js';
export { toIsoDay } from './normalise-date.js';
export { nonPublicRange } from './guard-address.js';
