import { ApiError } from '../http/api-error.js';
import { bodyFormat } from './ingest-body.js';

/** What a POST /api/ingest asks for: a URL to fetch, or page content to read as it is. */
export type IngestRequest =
  | { kind: 'url'; url: string }
  | { kind: 'body'; bytes: Uint8Array; source: string; contentType: string };

export const ACCEPTED_TYPES = ['text/plain', 'text/html', 'text/markdown', 'application/json', 'application/x-ndjson', 'application/rss+xml', 'application/atom+xml'] as const;

const DEFAULT_NAME = 'upload';
const MAX_NAME = 500;

/** `{"url": "https://…"}` and nothing else; a JSON record always has a text field, so it never looks like this. */
function urlOf(bytes: Uint8Array): unknown {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(bytes).toString('utf8'));
  } catch {
    return undefined; // not JSON: ingest reports E_BAD_JSON with the position
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const keys = Object.keys(value);
  return keys.length === 1 && keys[0] === 'url' ? (value as { url: unknown }).url : undefined;
}

function checkUrl(raw: unknown): string {
  if (typeof raw !== 'string') throw new ApiError(400, 'E_BAD_URL', '"url" must be a string, e.g. {"url": "https://example.org/story.html"}');
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ApiError(400, 'E_BAD_URL', `"url" is not a valid URL: ${JSON.stringify(raw.slice(0, 200))}`);
  }
  // Ingest reads any other input as a path on this machine; over HTTP only web addresses are fetched.
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new ApiError(400, 'E_SCHEME', `only http and https URLs are fetched, not ${url.protocol}`);
  return url.href;
}

function checkName(name: string | undefined): string {
  if (name === undefined || name === '') return DEFAULT_NAME;
  if (name.length > MAX_NAME || /[\u0000-\u001f\u007f]/.test(name)) throw new ApiError(400, 'E_BAD_NAME', `?name= must be 1 to ${MAX_NAME} characters without control characters`);
  return name;
}

/** Reads the request: its Content-Type picks the format, `?name=` names the source; bad requests throw ApiErrors. */
export function parseIngestRequest(contentType: string | undefined, bytes: Uint8Array, name: string | undefined): IngestRequest {
  const format = bodyFormat(contentType);
  if (format === null || contentType === undefined) {
    throw new ApiError(415, 'E_MEDIA_TYPE', `Content-Type ${contentType ? `'${contentType}' ` : ''}is not one ingest reads; send one of ${ACCEPTED_TYPES.join(', ')}`);
  }
  if (format === 'json') {
    const url = urlOf(bytes);
    if (url !== undefined) return { kind: 'url', url: checkUrl(url) };
  }
  return { kind: 'body', bytes, source: checkName(name), contentType };
}
