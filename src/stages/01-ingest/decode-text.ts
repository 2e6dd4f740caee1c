import { TextDecoder } from 'node:util';
import type { InputIssue } from '../../model/issue.js';
import { ingestIssue } from './ingest-issue.js';

export type DecodedText = { ok: true; text: string } | { ok: false; issue: InputIssue };

const SNIFF_BYTES = 8192;
/** Share of control bytes above which a file is taken for binary; UTF-8 text has almost none. */
const MAX_CONTROL_RATIO = 0.1;

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Decodes input bytes as strict UTF-8 (a BOM is dropped) with line endings made `\n`.
 * Binary, invalid and empty inputs become issues. `charset` is a declared encoding (an HTTP
 * header); without one, UTF-8 is required.
 */
export function decodeText(input: string, bytes: Uint8Array, charset: string | null = null): DecodedText {
  if (bytes.length === 0) return { ok: false, issue: ingestIssue(input, 'E_EMPTY', 'the input is empty') };
  const binary = binaryReason(bytes);
  if (binary !== null) return { ok: false, issue: ingestIssue(input, 'E_BINARY', binary.reason, binary.hint) };
  const decoder = declaredDecoder(charset);
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    const reason = decoder === strictUtf8 ? `not valid UTF-8 (first bad byte at offset ${firstInvalidUtf8Offset(bytes)})` : `not valid ${decoder.encoding}, the declared charset`;
    return { ok: false, issue: ingestIssue(input, 'E_BAD_ENCODING', reason) };
  }
  if (isBlank(text)) return { ok: false, issue: ingestIssue(input, 'E_EMPTY', 'the input holds only whitespace') };
  return { ok: true, text: normaliseLineEndings(text) };
}

/** `\r\n` and lone `\r` become `\n`; every other character is kept. */
export function normaliseLineEndings(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

export function isBlank(text: string): boolean {
  return !/\S/.test(text);
}

function declaredDecoder(charset: string | null): TextDecoder {
  if (charset === null) return strictUtf8;
  try {
    const decoder = new TextDecoder(charset.trim().toLowerCase(), { fatal: true });
    return decoder.encoding === 'utf-8' ? strictUtf8 : decoder;
  } catch {
    return strictUtf8; // an unknown label: hold the bytes to UTF-8
  }
}

function binaryReason(bytes: Uint8Array): { reason: string; hint: string | null } | null {
  const head = bytes.subarray(0, SNIFF_BYTES);
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) {
    return { reason: 'looks like UTF-16 text, not UTF-8', hint: 'save the file as UTF-8' };
  }
  let control = 0;
  for (const byte of head) {
    if (byte === 0) return { reason: 'binary data (NUL bytes in the first 8 KiB)', hint: null };
    // Tab, LF, VT, FF, CR and ESC occur in text; other C0 controls and DEL hardly ever do.
    if ((byte < 0x20 && !(byte >= 0x09 && byte <= 0x0d) && byte !== 0x1b) || byte === 0x7f) control += 1;
  }
  if (control / head.length > MAX_CONTROL_RATIO) {
    return { reason: `binary data (${control} control bytes in the first ${head.length})`, hint: null };
  }
  return null;
}

/** Offset of the first byte that breaks UTF-8 (overlongs, surrogates and truncations included). */
export function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) { i += 1; continue; }
    let need: number;
    let min = 0x80;
    let max = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) { need = 2; if (b === 0xe0) min = 0xa0; if (b === 0xed) max = 0x9f; }
    else if (b >= 0xf0 && b <= 0xf4) { need = 3; if (b === 0xf0) min = 0x90; if (b === 0xf4) max = 0x8f; }
    else return i;
    for (let k = 1; k <= need; k += 1) {
      const c = bytes[i + k];
      if (c === undefined) return i;
      const lo = k === 1 ? min : 0x80;
      const hi = k === 1 ? max : 0xbf;
      if (c < lo || c > hi) return i;
    }
    i += need + 1;
  }
  return -1;
}
