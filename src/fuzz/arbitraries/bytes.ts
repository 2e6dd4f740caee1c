import fc from 'fast-check';

const encoder = new TextEncoder();

/** Byte-order marks: UTF-8, UTF-16 LE/BE, UTF-32 LE/BE. */
export const BOMS: readonly number[][] = [[0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff], [0xff, 0xfe, 0, 0], [0, 0, 0xfe, 0xff]];
/** Byte sequences that break UTF-8: overlong, surrogate, truncated, out of range, stray continuation, Latin-1 letters. */
export const BAD_UTF8: readonly number[][] = [[0xc0, 0x80], [0xc1, 0xbf], [0xed, 0xa0, 0x80], [0xed, 0xbf, 0xbf], [0xf0, 0x9f], [0xf0, 0x80, 0x80, 0x80], [0xf5, 0x80, 0x80, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xff], [0xfe], [0x80], [0xbf], [0xe9], [0xc3], [0xe0, 0x80, 0x80], [0xe2, 0x80]];

const concat = (...parts: ArrayLike<number>[]): Uint8Array => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};

/**
 * The bytes of a document as files come: mostly UTF-8, sometimes with CRLF endings, a BOM, an
 * invalid sequence spliced in, in Latin-1 (mixed encodings) or in UTF-16.
 */
export function documentBytes(text: fc.Arbitrary<string>): fc.Arbitrary<Uint8Array> {
  return fc.oneof(
    { weight: 8, arbitrary: text.map((t) => encoder.encode(t)) },
    { weight: 1, arbitrary: text.map((t) => encoder.encode(t.replace(/\n/g, '\r\n'))) },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...BOMS), text).map(([bom, t]) => concat(bom, encoder.encode(t))) },
    { weight: 1, arbitrary: fc.tuple(text, fc.nat(), fc.constantFrom(...BAD_UTF8)).map(([t, at, bad]) => {
      const bytes = encoder.encode(t);
      const cut = at % (bytes.length + 1);
      return concat(bytes.subarray(0, cut), bad, bytes.subarray(cut));
    }) },
    { weight: 1, arbitrary: text.map((t) => new Uint8Array(Buffer.from(t.replace(/[^\u0000-\u00ff]/g, 'é'), 'latin1'))) },
    { weight: 1, arbitrary: text.map((t) => concat([0xff, 0xfe], Buffer.from(t, 'utf16le'))) },
  );
}

/** Arbitrary bytes, and text bytes with arbitrary bytes around them. */
export const anyBytes: fc.Arbitrary<Uint8Array> = fc.oneof(
  fc.uint8Array({ maxLength: 2000 }),
  fc.tuple(fc.uint8Array({ maxLength: 16 }), fc.string({ unit: 'binary', maxLength: 200 }), fc.uint8Array({ maxLength: 16 })).map(([a, t, b]) => concat(a, encoder.encode(t), b)),
);
