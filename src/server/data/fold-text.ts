import { foldCase } from '../../text/fold-case.js';
/** Lower case without diacritics, so "zelenskyy" finds "Zelenskyy" and "Volodymyr" finds "Volodýmyr". */
export const foldText = foldCase;

/** The folded text with, for each of its characters, the offset of the character it came from. */
export interface FoldedText {
  folded: string;
  offsets: number[];
}

/** Folds character by character so a match in the folded text maps back to a span of the original. */
export function foldWithOffsets(s: string): FoldedText {
  let folded = '';
  const offsets: number[] = [];
  let i = 0;
  for (const ch of s) {
    const f = foldText(ch);
    folded += f;
    for (let k = 0; k < f.length; k++) offsets.push(i);
    i += ch.length;
  }
  offsets.push(s.length);
  return { folded, offsets };
}

/** Every span of `text` whose folded form contains the folded `query`, as half-open offsets into `text`. */
export function findFolded(text: FoldedText, query: string, limit = Number.POSITIVE_INFINITY): { start: number; end: number }[] {
  const q = foldText(query);
  const spans: { start: number; end: number }[] = [];
  if (q.length === 0) return spans;
  for (let at = text.folded.indexOf(q); at !== -1 && spans.length < limit; at = text.folded.indexOf(q, at + q.length)) {
    const start = text.offsets[at] ?? 0;
    const lastChar = text.offsets[at + q.length - 1] ?? start;
    // End after the whole original character the last folded character came from (a surrogate pair is two units).
    let k = at + q.length;
    while (k < text.offsets.length - 1 && (text.offsets[k] ?? 0) <= lastChar) k++;
    const next = Math.max(text.offsets[k] ?? lastChar + 1, lastChar + 1);
    spans.push({ start, end: next });
  }
  return spans;
}
