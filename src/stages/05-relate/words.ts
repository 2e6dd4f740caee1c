import { fnv1a } from './hash.js';

/** One word of an article, located in its text, with the key words are compared by. */
export interface Word {
  start: number;
  end: number;
  /** Lower-case, curly apostrophes straightened, dots dropped ("U.S." and "US" both give "us"). */
  key: string;
  hash: number;
  /** Starts with a capital letter and does not open a sentence: part of a name or title. */
  capital: boolean;
  /** Inside quoted words: the source's words, not the reporter's. */
  quoted: boolean;
}

const WORD = /[\p{L}\p{N}]+(?:['’.,-][\p{L}\p{N}]+)*/gu;

/**
 * Lower-cases and folds spelling variants that copying does not change. Abbreviations keep a
 * trailing dot so that "U.S." and "US" meet while the pronoun "us" stays apart.
 */
export function wordKey(word: string): string {
  if (word.length <= 5 && ABBREVIATION.test(word)) return `${word.replace(/\./g, '').toLowerCase()}.`;
  const lower = word.toLowerCase();
  // Most words need no folding: skip the replacements for them (a third of stage 05's time on BBC).
  return FOLDABLE.test(lower) ? lower.replace(/’/g, "'").replace(/\./g, '').replace(/(?<=\d),(?=\d)/g, '') : lower;
}

const ABBREVIATION = /^(?:\p{Lu}\.)+\p{Lu}?$|^\p{Lu}{2,3}$/u;
const FOLDABLE = /[’.,]/;

/** Splits a text into words with offsets; `quoted` spans mark the words inside quotes. */
export function splitWords(text: string, quoted: readonly { start: number; end: number }[] = []): Word[] {
  const words: Word[] = [];
  const spans = [...quoted].sort((a, b) => a.start - b.start);
  let q = 0;
  for (const m of text.matchAll(WORD)) {
    const start = m.index;
    const end = start + m[0].length;
    while (q < spans.length && spans[q]!.end <= start) q++;
    const inQuote = q < spans.length && spans[q]!.start <= start && end <= spans[q]!.end;
    const key = wordKey(m[0]);
    words.push({ start, end, key, hash: fnv1a(key), capital: isCapital(m[0]) && !opensSentence(text, start), quoted: inQuote });
  }
  return words;
}

function isCapital(word: string): boolean {
  const c = word.charAt(0);
  return c !== c.toLowerCase();
}

// A capital after a full stop, a colon, an opening quote or a line start is the sentence's, not a name's.
function opensSentence(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t' || text[i] === '“' || text[i] === '"' || text[i] === '(' || text[i] === '‘')) i--;
  return i < 0 || /[.!?:\n—–-]/.test(text[i]!);
}
