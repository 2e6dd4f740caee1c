/** Where JSON text first breaks the grammar, for messages that name a line and column. */
export interface JsonErrorPosition {
  offset: number;
  line: number;
  column: number;
  /** What was found there: a quoted character, or `end of input`. */
  found: string;
}

type Expect = 'value' | 'valueOrClose' | 'key' | 'keyOrClose' | 'colon' | 'commaOrClose' | 'end';

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const WHITESPACE = /[ \t\n\r]*/y;

/**
 * Finds the first syntax error in JSON text, or null when it is valid. V8's messages give a
 * position only for some errors, so this scans the text itself (iteratively: no depth limit).
 */
export function jsonErrorPosition(text: string): JsonErrorPosition | null {
  const containers: string[] = [];
  let expect = 'value' as Expect;
  let i = 0;
  const fail = (at: number): JsonErrorPosition => position(text, at);
  const afterValue = (): Expect => (containers.length === 0 ? 'end' : 'commaOrClose');
  for (;;) {
    WHITESPACE.lastIndex = i;
    WHITESPACE.exec(text);
    i = WHITESPACE.lastIndex;
    if (i >= text.length) return expect === 'end' ? null : fail(text.length);
    const c = text[i]!;
    switch (expect) {
      case 'end':
        return fail(i);
      case 'colon':
        if (c !== ':') return fail(i);
        i += 1;
        expect = 'value';
        break;
      case 'commaOrClose': {
        const top = containers[containers.length - 1];
        if (c === ',') { expect = top === '{' ? 'key' : 'value'; i += 1; break; }
        if ((c === '}' && top === '{') || (c === ']' && top === '[')) { containers.pop(); i += 1; expect = afterValue(); break; }
        return fail(i);
      }
      case 'key':
      case 'keyOrClose':
        if (c === '}' && expect === 'keyOrClose') { containers.pop(); i += 1; expect = afterValue(); break; }
        if (c !== '"') return fail(i);
        i = scanString(text, i);
        if (i < 0) return fail(-i - 1);
        expect = 'colon';
        break;
      case 'value':
      case 'valueOrClose':
        if (c === ']' && expect === 'valueOrClose') { containers.pop(); i += 1; expect = afterValue(); break; }
        if (c === '{' || c === '[') { containers.push(c); i += 1; expect = c === '{' ? 'keyOrClose' : 'valueOrClose'; break; }
        if (c === '"') {
          i = scanString(text, i);
          if (i < 0) return fail(-i - 1);
        } else if (text.startsWith('true', i) || text.startsWith('null', i)) {
          i += 4;
        } else if (text.startsWith('false', i)) {
          i += 5;
        } else {
          NUMBER.lastIndex = i;
          if (NUMBER.exec(text) === null) return fail(i);
          i = NUMBER.lastIndex;
        }
        expect = afterValue();
        break;
    }
  }
}

/** Index after the closing quote, or `-(offset of the error) - 1`. */
function scanString(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code === 0x22) return i + 1;
    if (code < 0x20) return -i - 1;
    if (code === 0x5c) {
      const next = text[i + 1];
      if (next === 'u') {
        if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return -i - 1;
        i += 6;
      } else if (next !== undefined && '"\\/bfnrt'.includes(next)) {
        i += 2;
      } else {
        return -i - 1;
      }
    } else {
      i += 1;
    }
  }
  return -text.length - 1;
}

function position(text: string, offset: number): JsonErrorPosition {
  let line = 1;
  let lineStart = 0;
  for (let k = text.indexOf('\n'); k !== -1 && k < offset; k = text.indexOf('\n', k + 1)) {
    line += 1;
    lineStart = k + 1;
  }
  const found = offset >= text.length ? 'end of input' : JSON.stringify(String.fromCodePoint(text.codePointAt(offset)!));
  return { offset, line, column: offset - lineStart + 1, found };
}
