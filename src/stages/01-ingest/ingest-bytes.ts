import { createPage, mergeMetadata } from './create-page.js';
import { decodeText } from './decode-text.js';
import { htmlToText } from './html-to-text.js';
import { ingestIssue } from './ingest-issue.js';
import { issueItem, pageItem, type IngestItem } from './ingest-item.js';
import { sniffFormat, type InputFormat } from './input-format.js';
import { markdownToText } from './markdown-to-text.js';
import { readFeed, type FollowLink } from './read-feed.js';
import { readJsonlRecords, readJsonRecords } from './read-records.js';

export interface BytesContext {
  /** The URL the bytes were fetched from, if any: the page's url unless it names a canonical one. */
  url: string | null;
  /** The charset the server declared, if any. */
  charset: string | null;
  followLink: FollowLink | null;
}

/** Pages (or issues) from the bytes of one input: decoded, then read in its format (null: sniffed). */
export async function ingestBytes(source: string, bytes: Uint8Array, format: InputFormat | null, context: BytesContext): Promise<IngestItem[]> {
  const decoded = decodeText(source, bytes, context.charset);
  if (!decoded.ok) return [issueItem(decoded.issue)];
  const text = decoded.text;
  const given = { url: context.url };
  switch (format ?? sniffFormat(text)) {
    case 'text':
      return [pageItem(createPage(source, 'text', text, given, bytes.length))];
    case 'markdown': {
      const lines = markdownToText(text);
      if (lines === '') return [issueItem(ingestIssue(source, 'E_NO_TEXT', 'the Markdown holds no text once markup is removed'))];
      return [pageItem(createPage(source, 'markdown', lines, given, bytes.length))];
    }
    case 'html': {
      const html = htmlToText(text, 'page');
      if (!html.ok) return [issueItem(ingestIssue(source, html.code, html.reason))];
      return [pageItem(createPage(source, 'html', html.text, mergeMetadata(html.given, given), bytes.length))];
    }
    case 'json':
      return readJsonRecords(source, text);
    case 'jsonl':
      return readJsonlRecords(source, text);
    case 'feed':
      return readFeed(source, text, context.followLink);
  }
}
