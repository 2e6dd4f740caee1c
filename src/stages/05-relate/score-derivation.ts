import type { PairSignals } from '../../model/relation.js';

/**
 * How fast the reporter's-own-words evidence saturates: at 2 weight units (two specific shared
 * source descriptions, or a long rare phrase and a short one) the factor is 0.63.
 */
const EXCLUSIVE_SCALE = 2;
/** What quotes, names and numbers add, relative to the reporter's own words: the event can explain them. */
const SHARED_FACTOR = 0.25;
/** Units needed before their order means anything. */
const MIN_ORDERED_UNITS = 3;

/**
 * Derivation score in 0..1: how much of the original the other article covers, times how well
 * the shared units keep their order, times how much of the reporter's own wording they share.
 * Coverage and wording are needed: quotes alone (coverage, order) fit two reports of one press
 * conference; a reused background sentence (wording) covers one place only. Order only halves
 * the score at worst, since rewrites move paragraphs (the minerals-deal rewrite keeps 0.62 of
 * its units' weight in order). Verbatim copying scores high on all three.
 */
export function derivationScore(s: PairSignals): number {
  if (s.units < MIN_ORDERED_UNITS) return 0;
  const wording = 1 - Math.exp(-(s.exclusive + SHARED_FACTOR * s.shared) / EXCLUSIVE_SCALE);
  return s.coverage * (0.5 + 0.5 * s.order) * wording;
}
