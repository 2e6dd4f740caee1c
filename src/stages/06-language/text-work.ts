import type { TextContext } from '../../model/language.js';
import { isEnglishWord } from './lexicon.js';
import type { WinkParse } from './wink.js';

/** Token shapes the rules read: cheap to test, computed once per token. */
export const Shape = { OTHER: 0, LOWER: 1, CAP: 2, UPPER: 3, INITIAL: 4, PUNCT: 5, NUM: 6, POSS: 7 } as const;

/**
 * The working view of one article for the recognisers: parallel arrays over the tokens that
 * are not whitespace, located in the text.
 */
export interface TextWork {
  text: string;
  n: number;
  start: number[];
  end: number[];
  value: string[];
  /** wink-nlp's part-of-speech tag of each token ('PART' for a split-off possessive). */
  pos: string[];
  lower: string[];
  shape: Uint8Array;
  /** Line breaks before the token: 0 none, 1 one line break, 2 a blank line. */
  breakBefore: Uint8Array;
  /** 1 where wink-nlp starts a sentence. */
  winkStart: Uint8Array;
  /** Sentence index of each token. */
  sentence: Int32Array;
  /** Where each token sits on the page (body, headline, caption, credit). */
  context: TextContext[];
  /** wink-nlp's index of each of our tokens, and its entities in our token indexes (inclusive). */
  entities: { label: string; first: number; last: number }[];
  /** Whether the lower-case token is an English word (not a name). */
  english: (i: number) => boolean;
  /** Rule ids that fired, so every rule's examples can be checked. */
  fired: Set<string>;
}

const POSS = new Set(['’s', "'s", '’', "'"]);
const POSSESSIVE = /(?<=\p{L})['’]s$/u;
const QUOTE = new Set(["'", '’']);

function shapeOf(v: string): number {
  const c = v.charCodeAt(0);
  if (c >= 97 && c <= 122) return Shape.LOWER;
  if (c >= 48 && c <= 57) return Shape.NUM;
  if (POSS.has(v)) return Shape.POSS;
  const first = v[0] ?? '';
  if (first.toLowerCase() !== first) {
    if (v.length >= 2 && v.charCodeAt(1) === 46 && DOTTED.test(v)) return v.length <= 2 ? Shape.INITIAL : Shape.UPPER;
    return v.length > 1 && v.toUpperCase() === v && LETTERS.test(v) ? Shape.UPPER : Shape.CAP;
  }
  if (first.toUpperCase() !== first) return Shape.LOWER;
  return LETTER_OR_DIGIT.test(v) ? Shape.OTHER : Shape.PUNCT;
}

const DOTTED = /^\p{Lu}\.(?:\p{Lu}\.)*$/u;
const LETTERS = /\p{L}.*\p{L}/u;
const LETTER_OR_DIGIT = /\p{L}|\d/u;

/** Locates wink-nlp's tokens in the text (they are substrings in order) and drops whitespace tokens. */
export function buildTextWork(text: string, parse: WinkParse): TextWork {
  const start: number[] = [];
  const end: number[] = [];
  const value: string[] = [];
  const pos: string[] = [];
  const breaks: number[] = [];
  const ours = new Int32Array(parse.values.length).fill(-1);
  let cursor = 0;
  for (let k = 0; k < parse.values.length; k += 1) {
    const v = parse.values[k] ?? '';
    if (v.trim() === '') continue;
    const at = text.indexOf(v, cursor);
    if (at < 0) continue;
    let nl = 0;
    for (let c = cursor; c < at; c += 1) if (text.charCodeAt(c) === 10) nl += 1;
    ours[k] = value.length;
    // wink-nlp keeps "Poor's" whole once it has seen it; split the possessive so the result never depends on what came before.
    const poss = v.length > 2 && v.charCodeAt(v.length - 1) === 115 && QUOTE.has(v[v.length - 2] ?? '') ? POSSESSIVE.exec(v) : null;
    const base = poss ? v.length - (poss[0].length) : v.length;
    start.push(at);
    end.push(at + base);
    value.push(v.slice(0, base));
    pos.push(parse.tags[k] ?? '');
    breaks.push(Math.min(nl, 2));
    if (poss) {
      start.push(at + base);
      end.push(at + v.length);
      value.push(poss[0]);
      pos.push('PART');
      breaks.push(0);
    }
    cursor = at + v.length;
  }
  const n = value.length;
  const lower = value.map((v) => v.toLowerCase());
  const shape = new Uint8Array(n);
  for (let i = 0; i < n; i += 1) shape[i] = shapeOf(value[i] ?? '');
  const entities: TextWork['entities'] = [];
  for (const e of parse.entities) {
    const range = mapRange(ours, e.first, e.last);
    if (range) entities.push({ label: e.label, first: range[0], last: range[1] });
  }
  const winkStart = new Uint8Array(n);
  for (const [first, last] of parse.sentences) {
    const range = mapRange(ours, first, last);
    if (range) winkStart[range[0]] = 1;
  }
  return {
    text, n, start, end, value, pos, lower, shape, breakBefore: Uint8Array.from(breaks), winkStart,
    sentence: new Int32Array(n), context: new Array<TextContext>(n).fill('body'), entities,
    english: (i) => isEnglishWord(lower[i] ?? '', parse.isLexeme),
    fired: new Set(),
  };
}

/** Our first and last token inside wink's inclusive range, or null when it holds only whitespace. */
export function mapRange(ours: Int32Array, first: number, last: number): [number, number] | null {
  let a = -1;
  let b = -1;
  for (let k = first; k <= last; k += 1) {
    const o = ours[k] ?? -1;
    if (o < 0) continue;
    if (a < 0) a = o;
    b = o;
  }
  return a < 0 ? null : [a, b];
}
