import type { InputIssue } from '../../model/issue.js';
import type { Page } from '../../model/page.js';

/** What ingest yields for each input: a page, or an issue saying why an input gave none. */
export type IngestItem = { kind: 'page'; page: Page } | { kind: 'issue'; issue: InputIssue };

export function pageItem(page: Page): IngestItem {
  return { kind: 'page', page };
}

export function issueItem(issue: InputIssue): IngestItem {
  return { kind: 'issue', issue };
}
