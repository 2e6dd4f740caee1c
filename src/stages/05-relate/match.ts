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

/** Token-set overlap over union. */
export function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let inter = 0;
  for (const k of a) if (b.has(k)) inter++;
  const union = a.size + b.size - inter;
  return union === 0 ? 0 : inter / union;
}

// Share of the shorter word set found in the longer: a quoted fragment of a longer quote.
export function containment(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const [small, big] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size < 2) return 0;
  let inter = 0;
  for (const k of small) if (big.has(k)) inter++;
  return inter / small.size;
}
