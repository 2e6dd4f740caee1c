/** Small helpers that look at the words around a position of the article text. */

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;

export interface Word {
  start: number;
  end: number;
  text: string;
  lower: string;
}

/** The words of text[from, to), in order. */
export function wordsIn(text: string, from: number, to: number): Word[] {
  const out: Word[] = [];
  WORD.lastIndex = 0;
  const slice = text.slice(from, to);
  for (const m of slice.matchAll(WORD)) {
    const w = m[0].replace(/[.’']+$/u, '');
    if (w.length === 0) continue;
    out.push({ start: from + (m.index ?? 0), end: from + (m.index ?? 0) + w.length, text: w, lower: w.toLowerCase() });
  }
  return out;
}

/** The last word that ends at or before `pos`, not before `floor`. */
export function wordBefore(text: string, pos: number, floor: number): Word | null {
  const ws = wordsIn(text, Math.max(floor, pos - 60), pos);
  return ws[ws.length - 1] ?? null;
}

/** The first word that starts at or after `pos`, before `ceiling`. */
export function wordAfter(text: string, pos: number, ceiling: number): Word | null {
  return wordsIn(text, pos, Math.min(ceiling, pos + 60))[0] ?? null;
}

/** True when the gap between two positions holds only the given words (and spaces or light punctuation). */
export function gapHolds(text: string, from: number, to: number, allowed: (w: Word) => boolean, punctuation = /^[\s,]*$/u): boolean {
  if (to < from) return false;
  const gap = text.slice(from, to);
  const words = wordsIn(text, from, to);
  const rest = words.reduceRight((g, w) => g.slice(0, w.start - from) + ' '.repeat(w.end - w.start) + g.slice(w.end - from), gap);
  return words.every(allowed) && punctuation.test(rest.replace(/\s+/gu, ' '));
}

/** Lower-cased words of a word list, for quick membership tests. */
export function wordSet(words: readonly string[]): ReadonlySet<string> {
  return new Set(words.map((w) => w.toLowerCase()));
}
