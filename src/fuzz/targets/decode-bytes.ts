import fc from 'fast-check';
import { decodeText, firstInvalidUtf8Offset } from '../../stages/01-ingest/decode-text.js';
import { anyBytes, BAD_UTF8, BOMS, documentBytes } from '../arbitraries/bytes.js';
import { anyText } from '../arbitraries/weird-text.js';
import { defineFuzzTarget } from '../fuzz-target.js';
import { invariant } from '../invariant.js';

const CHARSETS = [null, 'utf-8', ' UTF-8 ', 'utf8', 'iso-8859-1', 'windows-1252', 'latin1', 'utf-16le', 'utf-16be', 'utf-16', 'shift_jis', 'gb18030', 'koi8-r', 'x-user-defined', 'replacement', 'no-such-charset', '', '"utf-8"'];

/** decodeText on arbitrary bytes (BOMs, invalid UTF-8, UTF-16) with and without a declared charset. */
export const decodeBytesTarget = defineFuzzTarget({
  name: 'decode-bytes',
  entry: 'decodeText',
  arbitrary: fc.record({
    bytes: fc.oneof(anyBytes, documentBytes(anyText), fc.array(fc.constantFrom(...BOMS, ...BAD_UTF8, [0x41], [0x0a], [0x0d], [0xe2, 0x80, 0x9c]), { maxLength: 40 }).map((parts) => new Uint8Array(parts.flat()))),
    charset: fc.constantFrom(...CHARSETS),
  }),
  check: ({ bytes, charset }) => {
    const decoded = decodeText('fuzz', bytes, charset);
    if (!decoded.ok) {
      invariant(['E_EMPTY', 'E_BINARY', 'E_BAD_ENCODING'].includes(decoded.issue.code), () => `unexpected code ${decoded.issue.code}`);
      invariant(!/[\n\r]/.test(decoded.issue.message), 'issue message spans lines');
      if (decoded.issue.code === 'E_BAD_ENCODING' && charset === null) {
        // Two UTF-8 validators must agree: the offset named is where the valid prefix ends.
        const at = firstInvalidUtf8Offset(bytes);
        invariant(at >= 0, 'TextDecoder refused bytes that firstInvalidUtf8Offset finds valid');
        invariant(decoded.issue.message.includes(`offset ${at}`), 'the message names the first bad byte');
        new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, at)); // throws (a crash) if the prefix is not valid
      }
      return;
    }
    invariant(!decoded.text.includes('\r'), 'decoded text keeps a \\r');
    invariant(/\S/.test(decoded.text), 'blank text must be E_EMPTY');
    if (charset === null) {
      invariant(firstInvalidUtf8Offset(bytes) === -1, 'decoded bytes that firstInvalidUtf8Offset finds invalid');
      const expected = Buffer.from(bytes).toString('utf8').replace(/^\ufeff/, '').replace(/\r\n?/g, '\n');
      invariant(decoded.text === expected, 'decoded text differs from the bytes read as UTF-8');
    }
  },
});
