import type { InputIssue } from '../../model/issue.js';
import type { Page } from '../../model/page.js';
import { errorReason, ingestIssue } from './ingest-issue.js';

/** What ingest yields for each input: a page, or an issue saying why an input gave none. */
export type IngestItem = { kind: 'page'; page: Page } | { kind: 'issue'; issue: InputIssue };

export function pageItem(page: Page): IngestItem {
  return { kind: 'page', page };
}

export function issueItem(issue: InputIssue): IngestItem {
  return { kind: 'issue', issue };
}

/** Reads one document of a file (a record, a feed item) so that a bug reading it costs that document only. */
export function guardItem(source: string, read: () => IngestItem): IngestItem {
  try {
    return read();
  } catch (error) {
    return internalIssue(source, error);
  }
}

/** guardItem for an input or document read asynchronously into any number of items. */
export async function guardItems(source: string, read: () => IngestItem[] | Promise<IngestItem[]>): Promise<IngestItem[]> {
  try {
    return await read();
  } catch (error) {
    return [internalIssue(source, error)];
  }
}

function internalIssue(source: string, error: unknown): IngestItem {
  return issueItem(ingestIssue(source, 'E_INTERNAL', `ingest failed: ${errorReason(error)}`));
}
