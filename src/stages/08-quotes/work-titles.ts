import { outerEnd, type QuotedSpan } from './quoted-spans.js';
import { TITLE_SMALL_WORDS, WORK_NOUNS } from './rules/work-titles.js';

const SMALL = new Set(TITLE_SMALL_WORDS);
const AFTER = new RegExp(String.raw`^\s*(?:${WORK_NOUNS.join('|')})\b`, 'iu');
/** "on “…”", "in “…”", or an outlet's possessive before the title ("Fox News’ “…”"). */
const BEFORE = /(?:\b(?:on|in)\s+|\p{L}(?:’s|'s|’|')\s+)$/u;

/** Every word capitalised except small words after the first ("Meet the Press", "Fox & Friends"). */
function isTitleCased(words: readonly string[]): boolean {
  return words.length > 0 && words.length <= 7 && words.every((w, i) => /^[\p{Lu}\p{N}]/u.test(w) || (i > 0 && SMALL.has(w.toLowerCase())));
}

/** Indexes of the quoted spans that name a programme or a work rather than quote anyone (rule not-work-title). */
export function findWorkTitles(text: string, spans: readonly QuotedSpan[]): Set<number> {
  const titles = new Set<number>();
  spans.forEach((q, i) => {
    if (q.close === null) return;
    const inner = text.slice(q.start, q.end).replace(/,$/u, '');
    if (/[.!?]$/u.test(inner) || !isTitleCased(inner.split(/\s+/u))) return;
    const before = text.slice(Math.max(0, q.open - 40), q.open);
    const after = text.slice(outerEnd(q), outerEnd(q) + 30);
    if (AFTER.test(after) || BEFORE.test(before)) titles.add(i);
  });
  return titles;
}
