import fc from 'fast-check';
import { documentBytes } from '../arbitraries/bytes.js';
import { anyText } from '../arbitraries/weird-text.js';
import { decodeText } from '../../stages/01-ingest/decode-text.js';
import { checkIngestItems, ingest } from '../check-ingest.js';
import { defineFuzzTarget } from '../fuzz-target.js';
import { invariant } from '../invariant.js';

/** Plain-text files: read as .txt, and sniffed (format null), which tries JSON, HTML and feeds first. */
export const txtTarget = defineFuzzTarget({
  name: 'txt',
  entry: 'ingestBytes(text | sniffed)',
  arbitrary: fc.record({ bytes: documentBytes(anyText), sniff: fc.boolean() }),
  check: async ({ bytes, sniff }) => {
    const { pages } = checkIngestItems(await ingest(bytes, sniff ? null : 'text'));
    const decoded = decodeText('fuzz', bytes);
    if (sniff || !decoded.ok) return;
    const text = decoded.text;
    // A .txt page is the decoded text itself, every character kept.
    invariant(pages.length === 1 && pages[0]!.format === 'text', 'a text file is one text page');
    invariant(pages[0]!.text === text, 'the page text is not the decoded file');
    invariant(pages[0]!.bytes === bytes.length, 'page.bytes is not the file size');
  },
});
