import { z } from 'zod';
import { IsoDay, Offset } from './primitives.js';

export const QuoteKind = z.enum(['direct', 'indirect']);
export type QuoteKind = z.infer<typeof QuoteKind>;

/** What the speaker is: gold files type named people, organisations and groups, and anonymous sources. */
export const SpeakerKind = z.enum(['person', 'organization', 'anonymous']);
export type SpeakerKind = z.infer<typeof SpeakerKind>;

/** How the text names the speaker at speakerStart..speakerEnd. */
export const SpeakerForm = z.enum(['name', 'title', 'pronoun', 'source']);
export type SpeakerForm = z.infer<typeof SpeakerForm>;


/**
 * One quote in the export shape of SPEC.md (`id, article, text, kind, speaker, start, end,
 * speakerStart, speakerEnd`) plus the reasons: the words that name the speaker, the cue, medium
 * and date, and the rules that found it. Every span is a half-open offset into `article.text`.
 */
export const Quote = z.object({
  id: z.string(),
  article: z.string(),
  text: z.string(),
  kind: QuoteKind,
  /** Actor id when the actor model links the speaker, else null (anonymous sources stay null). */
  speaker: z.string().nullable(),
  start: Offset,
  end: Offset,
  speakerStart: Offset.nullable(),
  speakerEnd: Offset.nullable(),
  /** The words at speakerStart..speakerEnd as printed ("he", "the source", "Zelenskiy"). */
  speakerText: z.string().nullable(),
  speakerKind: SpeakerKind.nullable(),
  speakerForm: SpeakerForm.nullable(),
  /** Named, pronoun and title speakers: the fullest name the article gives the person the words refer to. */
  speakerName: z.string().nullable(),
  /** Anonymous speakers: the description, lower-cased, as printed where the source is introduced. */
  speakerDescription: z.string().nullable(),
  /** The earlier words a pronoun, a title or "the source" refers back to, when the text settles it. */
  antecedentStart: Offset.nullable(),
  antecedentEnd: Offset.nullable(),
  /** The reporting verb or phrase ("said", "was quoted as saying", "according to"). */
  cueStart: Offset.nullable(),
  cueEnd: Offset.nullable(),
  /** The channel as the text names it ("Truth Social", "Fox News Radio interview"). */
  medium: z.string().nullable(),
  mediumStart: Offset.nullable(),
  mediumEnd: Offset.nullable(),
  /** When the words were said, YYYY-MM-DD, if the text states it; dateText is the phrase it rests on. */
  date: IsoDay.nullable(),
  dateText: z.string().nullable(),
  /** Shared by the pieces of one attribution (a split or multi-paragraph quote, a clause and its quoted words). */
  attribution: z.string(),
  /** The attribution pattern that produced the quote, and every rule id that took part. */
  rule: z.string(),
  why: z.array(z.string()),
  /** Set by the rule, not calibrated: how sure the pattern is that this is reported speech. */
  confidence: z.number().min(0).max(1),
  stage: z.literal('quotes'),
  stageVersion: z.string(),
});
export type Quote = z.infer<typeof Quote>;
