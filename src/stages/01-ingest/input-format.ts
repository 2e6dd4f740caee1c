import { extname } from 'node:path';

/** How an input is read. Records and feeds hold several pages each. */
export type InputFormat = 'text' | 'markdown' | 'html' | 'json' | 'jsonl' | 'feed';

const BY_EXTENSION: Readonly<Record<string, InputFormat>> = {
  '.txt': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.json': 'json',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.xml': 'feed',
  '.rss': 'feed',
  '.atom': 'feed',
};

export const KNOWN_EXTENSIONS = Object.keys(BY_EXTENSION);

const BY_MEDIA_TYPE: Readonly<Record<string, InputFormat>> = {
  'text/html': 'html',
  'application/xhtml+xml': 'html',
  'application/rss+xml': 'feed',
  'application/atom+xml': 'feed',
  'application/rdf+xml': 'feed',
  'application/xml': 'feed',
  'text/xml': 'feed',
  'application/json': 'json',
  'application/x-ndjson': 'jsonl',
  'application/jsonl': 'jsonl',
  'application/x-jsonlines': 'jsonl',
  'text/markdown': 'markdown',
  'text/x-markdown': 'markdown',
  'text/plain': 'text',
};

/** The format a file extension names (`.htm` → html), or null for one ingest does not read. */
export function formatFromPath(path: string): InputFormat | null {
  return BY_EXTENSION[extname(path).toLowerCase()] ?? null;
}

/** The format a Content-Type header names, or null when it names none ingest reads. */
export function formatFromContentType(contentType: string | null): InputFormat | null {
  if (contentType === null) return null;
  const mediaType = contentType.split(';')[0]!.trim().toLowerCase();
  return BY_MEDIA_TYPE[mediaType] ?? (mediaType.endsWith('+json') ? 'json' : null);
}

/** The charset a Content-Type header declares, or null. */
export function charsetFromContentType(contentType: string | null): string | null {
  const match = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType ?? '');
  return match?.[1] ?? null;
}

const FEED_START = /^\s*(?:<\?xml[^>]*\?>\s*)?(?:(?:<!--[\s\S]*?-->|<!DOCTYPE[^>]*>|<\?[^>]*\?>)\s*)*<(?:rss|feed|rdf:RDF)\b/i;
const HTML_START = /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|div|p|article|section|h[1-6])\b/i;

/** Whether text is an RSS or Atom document (its first element is rss, feed or rdf:RDF). */
export function looksLikeFeed(text: string): boolean {
  return FEED_START.test(text.slice(0, 4096));
}

/** A format guessed from the text itself, for inputs with no telling extension or media type. */
export function sniffFormat(text: string): InputFormat {
  const head = text.slice(0, 4096);
  if (looksLikeFeed(head)) return 'feed';
  if (HTML_START.test(head)) return 'html';
  const start = head.trimStart()[0];
  if (start !== '{' && start !== '[') return 'text';
  try {
    JSON.parse(text);
    return 'json';
  } catch {
    // Text that merely starts with a bracket ("[Reuters] …") stays text.
    return text.split('\n').every((line) => line.trim() === '' || line.trimStart().startsWith('{')) ? 'jsonl' : 'text';
  }
}
