import type { ContradictionSide } from '../../model/claim.js';

/** A side located in an article's text; `text` is always the slice, so offsets and words cannot drift apart. */
export function sideAt(article: { id: string; text: string }, start: number, end: number, rule: string, value: string): ContradictionSide {
  return { article: article.id, text: article.text.slice(start, end), start, end, value, rule };
}

/**
 * The clause around a span: back to the previous comma, semicolon, colon or sentence end, and on to
 * the sentence end. A side should show the words that assert, not a whole paragraph.
 */
export function clauseAround(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  while (s > 0 && !/[.!?;:,\n]/.test(text[s - 1]!)) s--;
  while (s < start && /\s/.test(text[s]!)) s++;
  let e = end;
  while (e < text.length && !/[.!?;\n]/.test(text[e]!)) e++;
  return { start: s, end: e };
}

/** The sentence around a span (ends at . ! ? or a line break). */
export function sentenceAround(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  while (s > 0 && !/[.!?\n]/.test(text[s - 1]!)) s--;
  while (s < start && /\s/.test(text[s]!)) s++;
  let e = end;
  while (e < text.length && !/[.!?\n]/.test(text[e]!)) e++;
  return { start: s, end: e };
}

/** How a note names an article: its outlet and page position, or its source file. */
export function articleLabel(article: { outlet: string | null; source: string; segment: number; published: string | null }): string {
  const file = article.source.split(/[\\/]/).pop() ?? article.source;
  const who = article.outlet ?? 'unnamed outlet';
  return `${who} (${file}${article.segment > 0 ? `#${article.segment}` : ''}${article.published ? `, ${article.published}` : ''})`;
}
