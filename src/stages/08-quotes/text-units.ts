import { ABBREVIATIONS } from './rules/abbreviations.js';
import { outerEnd, type QuotedSpan } from './quoted-spans.js';

/** A sentence as quotes see it: never split inside a quote, never across a line break. */
export interface TextUnit {
  start: number;
  end: number;
  /** Index of the line (paragraph) it sits in. */
  paragraph: number;
}

const ABBREV = new Set(ABBREVIATIONS.words);

/** 1 at every offset strictly inside an outer quote (between its marks). */
function insideQuotes(length: number, spans: readonly QuotedSpan[]): Uint8Array {
  const inside = new Uint8Array(length);
  for (const q of spans) if (q.depth === 0) inside.fill(1, q.start, q.close ?? q.end);
  return inside;
}

/** The word that ends at offset i (exclusive), lower-case, without its final full stop. */
// Longer than any abbreviation or run of initials; a cap keeps a run of dots from making the split quadratic.
const MAX_WORD_BEFORE = 16;

function wordBefore(text: string, i: number): string {
  let s = i;
  while (s > 0 && i - s < MAX_WORD_BEFORE && /[\p{L}.]/u.test(text[s - 1] ?? '')) s -= 1;
  return text.slice(s, i).toLowerCase().replace(/\.$/u, '');
}

/** True when the full stop at i belongs to an abbreviation or an initial ("U.S.", "F."). */
function isAbbreviation(text: string, i: number): boolean {
  const w = wordBefore(text, i);
  if (ABBREV.has(w)) return true;
  return /^(?:\p{L}\.)*\p{L}$/u.test(w) && w.length <= 5 && (w.length === 1 || w.includes('.'));
}

/** Splits the text into lines and the lines into sentences, keeping every quote inside one sentence. */
export function splitUnits(text: string, spans: readonly QuotedSpan[]): TextUnit[] {
  const inside = insideQuotes(text.length, spans);
  const closeAt = new Set(spans.flatMap((q) => (q.depth === 0 && q.close !== null ? Array.from({ length: q.closeLength }, (_x, k) => (q.close ?? 0) + k) : [])));
  const units: TextUnit[] = [];
  const lineRe = /[^\n]+/g;
  let paragraph = 0;
  for (let m = lineRe.exec(text); m; m = lineRe.exec(text)) {
    const ls = m.index;
    const le = ls + m[0].length;
    if (m[0].trim() === '') continue;
    let s = ls;
    for (let i = ls; i < le; i += 1) {
      const c = text[i] ?? '';
      const endsHere = (/[.!?]/u.test(c) && inside[i] === 0) || (closeAt.has(i) && /[.!?]/u.test(text[i - 1] ?? ''));
      if (!endsHere) continue;
      if (c === '.' && isAbbreviation(text, i)) continue;
      let e = i + 1;
      while (e < le && (/[)\]]/u.test(text[e] ?? '') || closeAt.has(e))) e += 1;
      if (e < le && !/\s/u.test(text[e] ?? '')) continue;
      const rest = text.slice(e, le).trimStart();
      if (rest === '' || /^[\p{Lu}\p{N}“‘"'„«(]/u.test(rest)) {
        pushUnit(units, text, s, e, paragraph);
        s = e;
      }
    }
    pushUnit(units, text, s, le, paragraph);
    paragraph += 1;
  }
  return units;
}

function pushUnit(units: TextUnit[], text: string, from: number, to: number, paragraph: number): void {
  let s = from;
  let e = to;
  while (s < e && /\s/u.test(text[s] ?? '')) s += 1;
  while (e > s && /\s/u.test(text[e - 1] ?? '')) e -= 1;
  if (e > s) units.push({ start: s, end: e, paragraph });
}

/** The outer quotes that start inside a unit. */
export function quotesIn(unit: TextUnit, spans: readonly QuotedSpan[]): number[] {
  const out: number[] = [];
  spans.forEach((q, i) => {
    if (q.depth === 0 && q.open >= unit.start && q.open < unit.end) out.push(i);
  });
  return out;
}

export { outerEnd };
