import { ABBREVIATIONS } from './rules/abbreviations.js';
import { outerEnd, type QuotedSpan } from './quoted-spans.js';
import type { TextUnit } from './text-units.js';

/** One token of a sentence as frames see it: a whole outer quote is a single token. */
export interface Tok {
  start: number;
  end: number;
  text: string;
  /** Lower-case, with ’ written as ' so word lists need one spelling. */
  lower: string;
  kind: 'word' | 'punct' | 'quote' | 'title';
  /** Starts with a capital letter. */
  cap: boolean;
  /** For quote and title tokens: the index of the quoted span. */
  span: number;
}

const ABBREV = new Set(ABBREVIATIONS.words);
const WORD = /[\p{L}\p{N}$£€][\p{L}\p{M}\p{N}'’.&\-]*/uy;

/** A word's final full stop ends the sentence unless the word is an abbreviation or initials. */
function keepsFullStop(word: string): boolean {
  const w = word.toLowerCase().slice(0, -1);
  return ABBREV.has(w) || /^(?:\p{L}\.)+\p{L}$/u.test(w) || /^\p{Lu}$/u.test(word.slice(0, -1));
}

export const normalise = (s: string): string => s.toLowerCase().replace(/’/g, "'");

/**
 * Tokens of one sentence: words, punctuation, and one token per outer quote that opens in it
 * (`title` for quoted names of works, which frames read as plain words).
 */
export function frameTokens(text: string, unit: TextUnit, spans: readonly QuotedSpan[], titles: ReadonlySet<number>): Tok[] {
  const openAt = new Map<number, number>();
  spans.forEach((q, i) => {
    if (q.depth === 0) openAt.set(q.open, i);
  });
  const toks: Tok[] = [];
  let i = unit.start;
  while (i < unit.end) {
    const c = text[i] ?? '';
    if (/\s/u.test(c)) {
      i += 1;
      continue;
    }
    const qi = openAt.get(i);
    const q = qi === undefined ? undefined : spans[qi];
    if (q && qi !== undefined) {
      const e = Math.min(outerEnd(q), Math.max(unit.end, outerEnd(q)));
      toks.push({ start: i, end: e, text: text.slice(i, e), lower: normalise(text.slice(i, e)), kind: titles.has(qi) ? 'title' : 'quote', cap: titles.has(qi), span: qi });
      i = e;
      continue;
    }
    WORD.lastIndex = i;
    const m = WORD.exec(text);
    if (m && m.index === i) {
      let w = m[0];
      if (w.endsWith('.') && !keepsFullStop(w)) w = w.slice(0, -1);
      // A word never swallows a quote mark that opens or closes a quote.
      const cut = [...w].findIndex((_ch, k) => k > 0 && openAt.has(i + k));
      if (cut > 0) w = w.slice(0, cut);
      toks.push({ start: i, end: i + w.length, text: w, lower: normalise(w), kind: 'word', cap: /^\p{Lu}/u.test(w), span: -1 });
      i += w.length;
      continue;
    }
    toks.push({ start: i, end: i + 1, text: c, lower: c, kind: 'punct', cap: false, span: -1 });
    i += 1;
  }
  return toks;
}
