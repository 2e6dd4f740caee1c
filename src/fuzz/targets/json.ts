import fc from 'fast-check';
import { documentBytes } from '../arbitraries/bytes.js';
import { deepJson, mutateJson, newsRecord } from '../arbitraries/records.js';
import { decodeText } from '../../stages/01-ingest/decode-text.js';
import { checkIngestItems, ingest } from '../check-ingest.js';
import { defineFuzzTarget } from '../fuzz-target.js';
import { invariant } from '../invariant.js';

const jsonText = fc.oneof(
  { weight: 4, arbitrary: mutateJson(fc.oneof(newsRecord.map((r) => JSON.stringify(r)), fc.array(newsRecord, { maxLength: 5 }).map((rs) => JSON.stringify(rs)))) },
  { weight: 2, arbitrary: fc.json() },
  { weight: 1, arbitrary: deepJson },
);

/** JSON files: one record or an array of records. */
export const jsonTarget = defineFuzzTarget({
  name: 'json',
  entry: 'ingestBytes(json)',
  arbitrary: documentBytes(jsonText),
  check: async (bytes) => {
    const items = await ingest(bytes, 'json');
    checkIngestItems(items);
    const decoded = decodeText('fuzz', bytes);
    const text = decoded.ok ? decoded.text : null;
    let value: unknown;
    try {
      value = text === null ? undefined : JSON.parse(text);
    } catch {
      return;
    }
    // One item per record: a bad record costs that record only.
    const expected = Array.isArray(value) ? Math.max(value.length, 1) : 1;
    invariant(items.length === expected, () => `${items.length} items for ${expected} record(s)`);
  },
});
