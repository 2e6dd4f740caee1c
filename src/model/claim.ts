import { z } from 'zod';
import { Offset } from './primitives.js';
import { IndependentSource } from './relation.js';


/** Where one article supports a claim: the span and the quote or event it rests on. */
export const ClaimSupport = z.object({
  article: z.string(),
  text: z.string(),
  start: Offset,
  end: Offset,
  quote: z.string().nullable(),
  event: z.string().nullable(),
});
export type ClaimSupport = z.infer<typeof ClaimSupport>;

/**
 * A claim that several independent outlets report: the same quote (token overlap ≥ 0.5) or the
 * same event (same source, type, target and date). `outlets` counts independent sources only
 * (stage 05: copies count once, one outlet counts once).
 */
export const Claim = z.object({
  id: z.string(),
  kind: z.enum(['quote', 'event']),
  /** The words of the first support (a quote) or a reading of the event ("ACCUSE: a → b, 2025-02-19"). */
  text: z.string(),
  speaker: z.string().nullable(),
  type: z.string().nullable(),
  source: z.string().nullable(),
  target: z.string().nullable(),
  date: z.string().nullable(),
  supports: z.array(ClaimSupport),
  outlets: z.number().int().positive(),
  sources: z.array(IndependentSource),
  /** The matching rules that joined the supports. */
  why: z.array(z.string()),
});
export type Claim = z.infer<typeof Claim>;

export const ContradictionKind = z.enum(['role', 'date', 'amount', 'wording', 'outcome']);
export type ContradictionKind = z.infer<typeof ContradictionKind>;

/** One side of a contradiction: what one article says, located in its text. */
export const ContradictionSide = z.object({
  article: z.string(),
  text: z.string(),
  start: Offset,
  end: Offset,
  /** What this side asserts: the role, the date, the amount, the words, or "+1"/"-1" for an outlook. */
  value: z.string(),
  rule: z.string(),
});
export type ContradictionSide = z.infer<typeof ContradictionSide>;

/** Sources disagreeing, side by side, with a note a reader can follow. */
export const Contradiction = z.object({
  id: z.string(),
  kind: ContradictionKind,
  note: z.string(),
  sides: z.array(ContradictionSide).min(2),
  rule: z.string(),
});
export type Contradiction = z.infer<typeof Contradiction>;

/** Stage 11's output. */
export const CrossCheck = z.object({
  claims: z.array(Claim),
  contradictions: z.array(Contradiction),
  stage: z.literal('crosscheck'),
  stageVersion: z.string(),
});
export type CrossCheck = z.infer<typeof CrossCheck>;
