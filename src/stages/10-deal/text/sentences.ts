import type { Sentence } from '../../../model/language.js';

/** A sentence span: the language stage's when it ran, else cut here at sentence marks and line breaks. */
export interface SentenceSpan {
  start: number;
  end: number;
}

// End of a sentence: a full stop, question or exclamation mark (with closing quotes) before a space and a capital or quote.
const BOUNDARY = /[.!?]["”’)]*(?=\s+["“‘(]?[\p{Lu}\d])|\n+/gu;

/** Sentences of an article: the language stage's if given, else a plain split (abbreviations like "U.S." may over-split). */
export function sentencesOf(text: string, given?: readonly Sentence[]): SentenceSpan[] {
  if (given && given.length > 0) return given.map((s) => ({ start: s.start, end: s.end }));
  const out: SentenceSpan[] = [];
  let start = 0;
  const push = (end: number): void => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const trail = raw.length - raw.trimEnd().length;
    if (raw.trim().length > 0) out.push({ start: start + lead, end: end - trail });
  };
  for (const m of text.matchAll(BOUNDARY)) {
    const at = (m.index ?? 0) + m[0].length;
    // "U.S. Treasury": a dot after a single capital letter is an abbreviation, not an end.
    if (/(?:^|[\s.])\p{Lu}\.$/u.test(text.slice(Math.max(0, at - 3), at))) continue;
    push(at);
    start = at;
  }
  push(text.length);
  return out;
}
