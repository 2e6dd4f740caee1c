import type { Sentence } from '../../model/language.js';
import { Shape, type TextWork } from './text-work.js';

/** The rule id of the last sentence, which nothing ends but the text. */
export const TEXT_END = 'text-end';

/**
 * Cuts wink-nlp's sentences further at paragraph breaks and scraped line breaks, and writes
 * each token's sentence index into `work.sentence`.
 */
export function splitSentences(work: TextWork): Sentence[] {
  const out: Sentence[] = [];
  let first = 0;
  const close = (next: number, rule: string): void => {
    if (next <= first) return;
    out.push({ start: work.start[first] ?? 0, end: work.end[next - 1] ?? 0, tokenStart: first, tokenEnd: next, rule });
    work.fired.add(rule);
    first = next;
  };
  for (let i = 1; i < work.n; i += 1) {
    const br = work.breakBefore[i] ?? 0;
    if (br >= 2) close(i, 'sentence-paragraph-break');
    else if (br === 1 && work.shape[i] !== Shape.LOWER) close(i, 'sentence-line-break');
    else if (work.winkStart[i] === 1) close(i, 'sentence-wink');
  }
  close(work.n, TEXT_END);
  for (let s = 0; s < out.length; s += 1) {
    const sentence = out[s];
    if (!sentence) continue;
    for (let i = sentence.tokenStart; i < sentence.tokenEnd; i += 1) work.sentence[i] = s;
  }
  return out;
}
