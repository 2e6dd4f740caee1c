import type { Frame } from './frame.js';
import { outerEnd, type QuotedSpan } from './quoted-spans.js';

/** Reads the frame's own words, with quoted words and reported clauses blanked, for its medium and date. */
export function frameWords(text: string, frame: Frame, spans: readonly QuotedSpan[], titles: ReadonlySet<number>, frames: readonly Frame[]): string {
  const chars = [...text.slice(frame.regionStart, frame.regionEnd)];
  const blank = (s: number, e: number): void => {
    for (let i = Math.max(s, frame.regionStart); i < Math.min(e, frame.regionEnd); i += 1) chars[i - frame.regionStart] = ' ';
  };
  spans.forEach((q, i) => {
    if (q.depth === 0 && !titles.has(i)) blank(q.open, outerEnd(q));
  });
  for (const f of frames) if (f.content) blank(f.content.start, f.content.end);
  return chars.join('');
}
