import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodeText, firstInvalidUtf8Offset } from './decode-text.js';

const bytes = (...values: number[]): Uint8Array => Uint8Array.from(values);
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

const decodes: [name: string, input: Uint8Array, text: string][] = [
  ['plain ASCII', utf8('Hello\nworld'), 'Hello\nworld'],
  ['a BOM is dropped', bytes(0xef, 0xbb, 0xbf, 0x41), 'A'],
  ['CRLF and CR become LF', utf8('a\r\nb\rc\n'), 'a\nb\nc\n'],
  ['curly quotes, dashes and emoji kept', utf8('“Deal” — it’s 🎙️ done'), '“Deal” — it’s 🎙️ done'],
  ['trailing spaces and blank lines kept', utf8('a  \n\n\n b\t'), 'a  \n\n\n b\t'],
  ['a form feed or escape is text', utf8('page\fbreak \u001b'), 'page\fbreak \u001b'],
];

for (const [name, input, text] of decodes) {
  test(`decodeText: ${name}`, () => {
    assert.deepEqual(decodeText('f.txt', input), { ok: true, text });
  });
}

const refusals: [name: string, input: Uint8Array, code: string, message: RegExp][] = [
  ['empty', bytes(), 'E_EMPTY', /^f\.txt: the input is empty$/],
  ['only whitespace', utf8(' \n\t\r\n'), 'E_EMPTY', /only whitespace/],
  ['only a BOM', bytes(0xef, 0xbb, 0xbf), 'E_EMPTY', /only whitespace/],
  ['Latin-1 pound sign', bytes(0x61, 0x20, 0xa3, 0x31), 'E_BAD_ENCODING', /^f\.txt: not valid UTF-8 \(first bad byte at offset 2\)$/],
  ['truncated sequence at the end', bytes(0x61, 0xe2, 0x80), 'E_BAD_ENCODING', /offset 1\)/],
  ['overlong encoding', bytes(0x41, 0xc0, 0xaf), 'E_BAD_ENCODING', /offset 1\)/],
  ['encoded surrogate', bytes(0x41, 0x42, 0xed, 0xa0, 0x80), 'E_BAD_ENCODING', /offset 2\)/],
  ['NUL bytes', bytes(0x41, 0x00, 0x42), 'E_BINARY', /NUL bytes/],
  ['many control bytes', bytes(...Array.from({ length: 100 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41))), 'E_BINARY', /control bytes/],
  ['UTF-16 with BOM', bytes(0xff, 0xfe, 0x41, 0x00), 'E_BINARY', /UTF-16/],
  ['a PNG header', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00), 'E_BINARY', /binary/],
];

for (const [name, input, code, message] of refusals) {
  test(`decodeText refuses: ${name}`, () => {
    const result = decodeText('f.txt', input);
    assert.equal(result.ok, false);
    if (result.ok) return;
    assert.equal(result.issue.code, code);
    assert.match(result.issue.message, message);
    assert.doesNotMatch(result.issue.message, /\n/);
    assert.equal(result.issue.stage, 'ingest');
  });
}

test('decodeText uses a declared charset', () => {
  assert.deepEqual(decodeText('u', bytes(0x31, 0xa3), 'iso-8859-1'), { ok: true, text: '1£' });
  assert.deepEqual(decodeText('u', utf8('ok'), 'no-such-charset'), { ok: true, text: 'ok' });
});

test('firstInvalidUtf8Offset agrees with TextDecoder on valid text', () => {
  assert.equal(firstInvalidUtf8Offset(utf8('aé€😀')), -1);
  assert.equal(firstInvalidUtf8Offset(bytes(0xf4, 0x90, 0x80, 0x80)), 0); // above U+10FFFF
});
