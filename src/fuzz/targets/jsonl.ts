import fc from 'fast-check';
import { documentBytes } from '../arbitraries/bytes.js';
import { deepJson, mutateJson, newsRecord } from '../arbitraries/records.js';
import { oddChar } from '../arbitraries/weird-text.js';
import { decodeText } from '../../stages/01-ingest/decode-text.js';
import { checkIngestItems, ingest } from '../check-ingest.js';
import { defineFuzzTarget } from '../fuzz-target.js';
import { invariant } from '../invariant.js';

const jsonlLine = fc.oneof({ weight: 6, arbitrary: mutateJson(newsRecord.map((r) => JSON.stringify(r))) }, { weight: 1, arbitrary: fc.json() }, { weight: 1, arbitrary: fc.constantFrom('', ' ', '\t', '\ufeff{}', '\u2028') }, { weight: 1, arbitrary: oddChar }, { weight: 1, arbitrary: deepJson });

/** JSONL files: one record per line, blank lines skipped, a broken line one issue. */
export const jsonlTarget = defineFuzzTarget({
  name: 'jsonl',
  entry: 'ingestBytes(jsonl)',
  arbitrary: documentBytes(fc.array(jsonlLine, { maxLength: 12 }).map((lines) => lines.join('\n'))),
  check: async (bytes) => {
    const items = await ingest(bytes, 'jsonl');
    checkIngestItems(items);
    const decoded = decodeText('fuzz', bytes);
    const text = decoded.ok ? decoded.text : null;
    if (text === null) return;
    const records = text.split('\n').filter((l) => /\S/.test(l)).length;
    invariant(items.length === Math.max(records, 1), () => `${items.length} items for ${records} non-blank line(s)`);
  },
});
