import type { RelationEvidenceKind } from '../../model/relation.js';
import type { Word } from './words.js';

/** One unit found in both articles: where it sits in the original (a) and in the other (b), and what it weighs. */
export interface Match {
  kind: RelationEvidenceKind;
  rule: string;
  weight: number;
  a: { start: number; end: number };
  b: { start: number; end: number };
  /** Whether the unit counts towards coverage (single name words do not: every report names the people). */
  covers: boolean;
}

/** A match of one word in each text (a name, a number). */
export function wordMatch(kind: RelationEvidenceKind, rule: string, weight: number, a: Word, b: Word, covers: boolean): Match {
  return { kind, rule, weight, a: { start: a.start, end: a.end }, b: { start: b.start, end: b.end }, covers };
}

/** Token-set overlap over union, of two units' ascending key ids. */
export function overlap(a: Int32Array, b: Int32Array): number {
  const inter = shared(a, b);
  const union = a.length + b.length - inter;
  return union === 0 ? 0 : inter / union;
}

// Share of the shorter word set found in the longer: a quoted fragment of a longer quote.
export function containment(a: Int32Array, b: Int32Array): number {
  const small = Math.min(a.length, b.length);
  return small < 2 ? 0 : shared(a, b) / small;
}

/** How many ids two ascending id arrays share. */
export function shared(a: Int32Array, b: Int32Array): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      n++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return n;
}
