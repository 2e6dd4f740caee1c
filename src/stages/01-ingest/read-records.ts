import type { GivenMetadata } from '../../model/page.js';
import { createPage, mergeMetadata } from './create-page.js';
import { isBlank, normaliseLineEndings } from './decode-text.js';
import { cleanValue } from './html-metadata.js';
import { htmlToText } from './html-to-text.js';
import { ingestIssue } from './ingest-issue.js';
import { guardItem, issueItem, pageItem, type IngestItem } from './ingest-item.js';
import { jsonErrorPosition } from './json-error-position.js';
import { toIsoDay } from './normalise-date.js';

/** Fields that may hold a record's text, in the order they are tried. */
const TEXT_FIELDS = ['text', 'html', 'content', 'content_original', 'body'] as const;
const FIELDS = {
  url: ['url', 'link'],
  outlet: ['outlet', 'source', 'site'],
  title: ['title', 'headline'],
  published: ['published', 'date', 'pubDate'],
  author: ['author', 'authors', 'byline'],
} as const;
const LOOKS_LIKE_HTML = /<(?:p|div|br|span|a|h[1-6]|ul|ol|li|article|section|html|body|em|strong|b|i)\b[^>]*>/i;

/** Pages from a JSON file holding one record or an array of records; source `path#N`. */
export function readJsonRecords(source: string, text: string): IngestItem[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const at = jsonErrorPosition(text);
    const reason = at === null ? `not valid JSON (${errorMessage(error)})` : `not valid JSON at line ${at.line}, column ${at.column} (unexpected ${at.found})`;
    return [issueItem(ingestIssue(source, 'E_BAD_JSON', reason))];
  }
  if (Array.isArray(value)) {
    if (value.length === 0) return [issueItem(ingestIssue(source, 'E_EMPTY', 'the JSON array holds no records'))];
    return value.map((record, i) => {
      const recordSource = `${source}#${i + 1}`;
      return guardItem(recordSource, () => recordToItem(recordSource, record, recordBytes(record, text)));
    });
  }
  if (isRecord(value)) return [recordToItem(`${source}#1`, value, Buffer.byteLength(text))];
  return [issueItem(ingestIssue(source, 'E_BAD_JSON', `expected a record or an array of records, found ${describe(value)}`))];
}

/** Pages from a JSONL file, one record per non-blank line; a broken line is one issue. */
export function readJsonlRecords(source: string, text: string): IngestItem[] {
  const items: IngestItem[] = [];
  let index = 0;
  text.split('\n').forEach((line, lineIndex) => {
    if (isBlank(line)) return;
    index += 1;
    const recordSource = `${source}#${index}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      const at = jsonErrorPosition(line);
      const where = at === null ? `(${errorMessage(error)})` : `at column ${at.column} (unexpected ${at.found})`;
      items.push(issueItem(ingestIssue(recordSource, 'E_BAD_JSON', `line ${lineIndex + 1} is not valid JSON ${where}`)));
      return;
    }
    items.push(guardItem(recordSource, () => recordToItem(recordSource, value, Buffer.byteLength(line))));
  });
  if (index === 0) return [issueItem(ingestIssue(source, 'E_EMPTY', 'the JSONL file holds no records'))];
  return items;
}

/** One record as a page, or an issue naming the record. */
export function recordToItem(source: string, record: unknown, bytes: number): IngestItem {
  if (!isRecord(record)) return issueItem(ingestIssue(source, 'E_BAD_RECORD', `expected a record (an object), found ${describe(record)}`));
  const field = TEXT_FIELDS.find((name) => typeof record[name] === 'string' && !isBlank(record[name]));
  if (field === undefined) {
    const present = TEXT_FIELDS.filter((name) => name in record);
    if (present.some((name) => typeof record[name] === 'string')) return issueItem(ingestIssue(source, 'E_EMPTY', `the record's ${present.join('/')} is empty`));
    const reason = present.length > 0 ? `field ${present[0]} is ${describe(record[present[0]!])}, not a string` : `the record has no text field (${TEXT_FIELDS.join(', ')})`;
    return issueItem(ingestIssue(source, 'E_BAD_RECORD', reason));
  }
  const value = normaliseLineEndings(record[field] as string);
  const given = recordMetadata(record);
  const isHtml = field === 'html' || (field !== 'text' && LOOKS_LIKE_HTML.test(value));
  if (!isHtml) return pageItem(createPage(source, 'text', value, given, bytes));
  const html = htmlToText(value, 'page');
  if (!html.ok) return issueItem(ingestIssue(source, html.code, `field ${field}: ${html.reason}`));
  return pageItem(createPage(source, 'html', html.text, mergeMetadata(given, html.given), bytes));
}

function recordMetadata(record: Record<string, unknown>): Partial<GivenMetadata> {
  const first = (names: readonly string[]): unknown => names.map((n) => record[n]).find((v) => v !== undefined && v !== null);
  return {
    url: asText(first(FIELDS.url)),
    outlet: asText(first(FIELDS.outlet)),
    title: asText(first(FIELDS.title)),
    published: toIsoDay(first(FIELDS.published)),
    author: asText(first(FIELDS.author)),
  };
}

/** Lists nested deeper than this in a metadata field are ignored: real records nest one or two deep, and recursion has a stack limit. */
const MAX_LIST_NESTING = 4;

/** A string, a list of strings, or objects with a `name`, as one cleaned string. */
function asText(value: unknown, nesting = 0): string | null {
  if (typeof value === 'string') return cleanValue(value);
  if (Array.isArray(value)) {
    if (nesting >= MAX_LIST_NESTING) return null;
    const parts = value.map((v) => asText(v, nesting + 1)).filter((v): v is string => v !== null);
    return parts.length > 0 ? parts.join(', ') : null;
  }
  if (isRecord(value) && typeof value.name === 'string') return cleanValue(value.name);
  return null;
}

/** A record's size as JSON; one nested too deep to serialise again (JSON.stringify recurses) counts as the whole file. */
function recordBytes(record: unknown, fileText: string): number {
  try {
    return Buffer.byteLength(JSON.stringify(record) ?? '');
  } catch {
    return Buffer.byteLength(fileText);
  }
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}
