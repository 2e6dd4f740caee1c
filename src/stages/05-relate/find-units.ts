import type { Quote } from '../../model/quote.js';
import { isContentKey } from './content-words.js';
import type { KeyIds } from './key-ids.js';
import { DOUBLE_QUOTES } from './rules/quote-marks.js';
import { SOURCE_DESCRIPTIONS } from './rules/source-descriptions.js';
import { splitWords } from './words.js';

/** A located stretch of text compared by its content-word keys (a quote, a source description). */
export interface TextUnit {
  start: number;
  end: number;
  text: string;
  keys: string[];
  /** The distinct keys as ascending ids of the corpus's numbering: quotes are compared with every quote of every candidate pair. */
  ids: Int32Array;
  rule: string;
}

/** Quoted words: the quote layer's direct quotes when given, else double quote marks. */
export function findQuotedUnits(text: string, quotes: readonly Quote[] | null, keyIds: KeyIds): TextUnit[] {
  const spans = quotes
    ? quotes.filter((q) => q.kind === 'direct').map((q) => ({ start: q.start, end: q.end, rule: `quote-layer:${q.rule}` }))
    : [...text.matchAll(DOUBLE_QUOTES.pattern)].map((m) => ({ start: m.index + 1, end: m.index + 1 + (m[1] ?? '').length, rule: DOUBLE_QUOTES.id }));
  return spans.map((s) => unitOf(text, s.start, s.end, s.rule, false, keyIds)).filter((u) => u.keys.length >= 2);
}

/**
 * Descriptions of unnamed sources: the rules of `rules/source-descriptions.ts`, plus the quote
 * layer's anonymous speakers when given. Overlapping finds keep the longer; a description needs
 * two content words ("a U.S. official") to say anything.
 */
export function findSourceUnits(text: string, quotes: readonly Quote[] | null, keyIds: KeyIds): TextUnit[] {
  const found: TextUnit[] = [];
  for (const rule of SOURCE_DESCRIPTIONS) {
    for (const m of text.matchAll(rule.pattern)) found.push(unitOf(text, m.index, m.index + m[0].length, rule.id, true, keyIds));
  }
  for (const q of quotes ?? []) {
    if (q.speakerKind !== 'anonymous' || !q.speakerDescription) continue;
    // A case-insensitive search on the text itself: lower-casing can change a text's length.
    const m = new RegExp(q.speakerDescription.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'iu').exec(text);
    if (m) found.push(unitOf(text, m.index, m.index + m[0].length, 'quote-layer-speaker', true, keyIds));
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: TextUnit[] = [];
  for (const u of found) {
    const last = kept[kept.length - 1];
    if (last && u.start < last.end) {
      if (u.end - u.start > last.end - last.start) kept[kept.length - 1] = u;
      continue;
    }
    kept.push(u);
  }
  return kept.filter((u) => u.keys.length >= 2);
}

function unitOf(text: string, start: number, end: number, rule: string, contentOnly: boolean, keyIds: KeyIds): TextUnit {
  const slice = text.slice(start, end);
  const keys = splitWords(slice).map((w) => w.key).filter((k) => !contentOnly || isContentKey(k));
  return { start, end, text: slice, keys, ids: keyIds(keys), rule };
}
