import { inputIssue, type InputIssue } from '../../model/issue.js';

/** Stable codes of the issues ingest reports; each comes with a default hint. */
export const INGEST_ISSUE_HINTS = {
  E_NOT_FOUND: 'check the path; folders are read recursively',
  E_READ: 'check the file permissions',
  E_TOO_LARGE: 'raise maxBytes or split the input',
  E_BINARY: 'only text, Markdown, HTML, JSON/JSONL and RSS/Atom inputs are read',
  E_BAD_ENCODING: 'save the file as UTF-8',
  E_EMPTY: null,
  E_NO_TEXT: 'the page may render its text with JavaScript; save the rendered page or its text instead',
  E_TOO_COMPLEX: 'save the page as text instead',
  E_BAD_JSON: 'JSON inputs are one record or an array of records; JSONL inputs are one record per line',
  E_BAD_RECORD: 'a record needs a text field: text, html, content, content_original or body',
  E_BAD_FEED: 'only RSS 2.0 and Atom feeds are read',
  E_SCHEME: 'only http and https URLs, file paths and folders are read',
  E_BAD_URL: 'check the URL',
  E_FETCH: 'check the URL and the network, or save the page and ingest the file',
  E_PRIVATE_ADDRESS: 'set allowPrivateAddresses to read from this machine or a private network',
  E_INTERNAL: 'this is a bug in Parley; please report it with the input',
} as const satisfies Record<string, string | null>;

export type IngestIssueCode = keyof typeof INGEST_ISSUE_HINTS;

/** Builds an ingest issue whose message is one line: `<input>: <reason>`. */
export function ingestIssue(input: string, code: IngestIssueCode, reason: string, hint: string | null = INGEST_ISSUE_HINTS[code]): InputIssue {
  return inputIssue(input, code, `${oneLine(input)}: ${oneLine(reason)}`, hint, 'ingest');
}

/** Escapes line breaks and other control characters so a message stays on one line. */
export function oneLine(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, (c) => (c === '\n' ? '\\n' : c === '\r' ? '\\r' : c === '\t' ? '\\t' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
}

/** A byte count for people: `512 B`, `3.2 KiB`, `30.0 MiB`. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  if (bytes < 1024 ** 3) return `${(bytes / 1024 ** 2).toFixed(1)} MiB`;
  return `${(bytes / 1024 ** 3).toFixed(1)} GiB`;
}

/** The reason an OS or network error gives, without the stack: `EACCES: permission denied`. */
export function errorReason(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as NodeJS.ErrnoException).code;
    const message = error.message.replace(/, (open|read|stat|scandir|lstat) '.*'$/, '');
    return code !== undefined && !message.startsWith(code) ? `${code}: ${message}` : message;
  }
  return String(error);
}
