import { InputIssue } from '../model/issue.js';
import { Page } from '../model/page.js';
import { ingestBytes } from '../stages/01-ingest/ingest-bytes.js';
import { INGEST_ISSUE_HINTS } from '../stages/01-ingest/ingest-issue.js';
import type { IngestItem } from '../stages/01-ingest/ingest-item.js';
import type { InputFormat } from '../stages/01-ingest/input-format.js';
import { checkSchema, invariant, isCalendarDay } from './invariant.js';

export const SOURCE = 'fuzz/input';

/** Reads bytes the way a file is read (no URL, no declared charset, feed links not followed). */
export function ingest(bytes: Uint8Array, format: InputFormat | null): Promise<IngestItem[]> {
  return ingestBytes(SOURCE, bytes, format, { url: null, charset: null, followLink: null });
}

/**
 * What every ingest result must be: at least one item; pages that fit the Page schema, come
 * from this input, hold text with `\n` line endings only and a real publication day if any;
 * issues with a known code and a one-line message. E_INTERNAL is the guard catching a crash,
 * so it is reported as one.
 */
export function checkIngestItems(items: IngestItem[]): { pages: Page[]; issues: InputIssue[] } {
  invariant(Array.isArray(items) && items.length >= 1, 'ingest yields at least one page or issue per input');
  const pages: Page[] = [];
  const issues: InputIssue[] = [];
  for (const item of items) {
    if (item.kind === 'page') {
      const page = item.page;
      checkSchema(Page, page, 'page');
      invariant(page.source === SOURCE || page.source.startsWith(`${SOURCE}#`), () => `page source ${page.source} does not name the input`);
      invariant(!page.text.includes('\r'), 'page text keeps a \\r');
      invariant(/\S/.test(page.text), 'a page with no text is an E_NO_TEXT/E_EMPTY issue, not a page');
      const published = page.given.published;
      invariant(published === null || (isCalendarDay(published) && published >= '1800' && published < '2201'), () => `given.published ${published} is not a day 1800–2200`);
      pages.push(page);
    } else {
      const issue = item.issue;
      checkSchema(InputIssue, issue, 'issue');
      // A crash the per-document guard turned into an issue is still a crash.
      if (issue.code === 'E_INTERNAL') throw new Error(`E_INTERNAL issue: ${issue.message}`);
      invariant(issue.code in INGEST_ISSUE_HINTS, () => `unknown issue code ${issue.code}`);
      invariant(!/[\n\r]/.test(issue.message), () => `issue message spans lines: ${JSON.stringify(issue.message.slice(0, 200))}`);
      invariant(issue.input === SOURCE || issue.input.startsWith(`${SOURCE}#`), () => `issue input ${issue.input} does not name the input`);
      issues.push(issue);
    }
  }
  return { pages, issues };
}
