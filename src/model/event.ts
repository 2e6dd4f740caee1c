import { z } from 'zod';
import { Offset, IsoDay } from './primitives.js';


/** The 16 PLOVER event types (PLOVER manual, openeventdata/PLOVER). */
export const PloverType = z.enum([
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
  'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT',
]);
export type PloverType = z.infer<typeof PloverType>;

/**
 * How the text presents the act. Only `asserted` acts (negated or not) are events in the gold;
 * the others are kept and marked so that a reader can still find them.
 */
export const Modality = z.enum(['asserted', 'planned', 'hypothetical', 'demanded']);
export type Modality = z.infer<typeof Modality>;

/** How precisely a date expression pins its time: only `day` gives an event a date. */
export const DatePrecision = z.enum(['day', 'week', 'month', 'year']);
export type DatePrecision = z.infer<typeof DatePrecision>;

/**
 * One date expression of an article ("on Thursday", "last week", "Feb. 15"), resolved against
 * the publication date or an earlier date of the same text, with the rule and basis it rests on.
 */
export const DateMention = z.object({
  start: Offset,
  end: Offset,
  text: z.string(),
  /** The day, when the expression names one and its anchor is known; otherwise null. */
  date: IsoDay.nullable(),
  /** The first and last day the expression can mean (a week, a month), when resolved. */
  from: IsoDay.nullable(),
  to: IsoDay.nullable(),
  precision: DatePrecision,
  /** Whether the expression points before, at or after its anchor ("next week" is future). */
  tense: z.enum(['past', 'present', 'future']),
  /** What the resolution rests on: `publication` date, a `previous-date` of the text, the text alone (`absolute`), or `none`. */
  anchor: z.enum(['publication', 'previous-date', 'absolute', 'none']),
  /** The rule that found and resolved it. */
  rule: z.string(),
  /** Human-readable basis, e.g. "Thursday on or before publication 2025-02-21". */
  basis: z.string(),
});
export type DateMention = z.infer<typeof DateMention>;

/** The words that name an event's source or target in the article, and how they were chosen. */
export const EventArgument = z.object({
  start: Offset,
  end: Offset,
  text: z.string(),
  /** The language-layer mention kind of the head ("person", "country", "anonymous" …). */
  kind: z.string(),
  /** Country or body code carried by the words ("Ukrainian officials" → UKR), if any. */
  code: z.string().nullable(),
  /** The argument rule: subject, possessor, by-agent, object, speaker, counterpart … */
  rule: z.string(),
  /** "Putin's advisers": the words name someone's staff, who act for the possessor's side. */
  staffOf: z.boolean().default(false),
  /** The possessor of a staff description or an anonymous group ("Trump administration officials"). */
  possessor: z.object({ start: Offset, end: Offset }).nullable().default(null),
});
export type EventArgument = z.infer<typeof EventArgument>;

/** Where the act took place, as printed ("in Kyiv", "in Saudi Arabia"). */
export const EventLocation = z.object({ start: Offset, end: Offset, text: z.string(), code: z.string().nullable() });
export type EventLocation = z.infer<typeof EventLocation>;

/**
 * One event as stage 09 finds it in one article: the trigger, the words naming source and
 * target, type, negation, modality, date and the rules behind each choice. Actors come later
 * (`linkEventActors`).
 */
export const EventMention = z.object({
  id: z.string(),
  article: z.string(),
  type: PloverType,
  /** PLOVER mode where the manual defines one (visit, phone, allege …), else null. */
  mode: z.string().nullable(),
  /** CAMEO code the trigger corresponds to (root or leaf), for comparison with CAMEO coders. */
  cameo: z.string().nullable(),
  /** PLOVER conflict-cooperation score of the type or mode (−10 … +10). */
  intensity: z.number().nullable(),
  /** The evidence span: trigger and arguments within one sentence. */
  start: Offset,
  end: Offset,
  triggerStart: Offset,
  triggerEnd: Offset,
  trigger: z.string(),
  sentence: z.number().int().nonnegative(),
  source: EventArgument.nullable(),
  target: EventArgument.nullable(),
  /** When no words name the target, the rule may ask the linker for the other side of the talks. */
  implicitTarget: z.enum(['counterpart']).nullable().default(null),
  /** Meetings, calls and talks: the act has no direction, source and target are interchangeable. */
  reciprocal: z.boolean(),
  negated: z.boolean(),
  modality: Modality,
  date: IsoDay.nullable(),
  /** The date expression the event took its date (or date range) from, if any. */
  dateMention: DateMention.nullable(),
  location: EventLocation.nullable(),
  /** The trigger rule, and every other rule that shaped the event (arguments, negation, modality, date). */
  rule: z.string(),
  why: z.array(z.string()),
  confidence: z.number().min(0).max(1),
  stage: z.literal('events'),
  stageVersion: z.string(),
});
export type EventMention = z.infer<typeof EventMention>;

/** Span of the words that name a linked actor. */
const ArgumentSpan = z.object({ start: Offset, end: Offset, text: z.string() }).nullable();

/**
 * An event in the export shape of SPEC.md (`id, article, type, source, target, date, negated,
 * modality, start, end`) plus the extras that say why.
 */
export const Event = z.object({
  id: z.string(),
  article: z.string(),
  type: PloverType,
  /** Actor ids from the actor model, or null when no actor could be linked. */
  source: z.string().nullable(),
  target: z.string().nullable(),
  date: IsoDay.nullable(),
  negated: z.boolean(),
  modality: Modality,
  start: Offset,
  end: Offset,
  trigger: z.string(),
  triggerStart: Offset,
  triggerEnd: Offset,
  rule: z.string(),
  mode: z.string().nullable(),
  cameo: z.string().nullable(),
  intensity: z.number().nullable(),
  reciprocal: z.boolean(),
  location: EventLocation.nullable(),
  /** The date expression and its basis ("Thursday on or before publication 2025-02-21"), or null. */
  dateText: z.string().nullable(),
  dateBasis: z.string().nullable(),
  /** Day range of a week- or month-precise date expression ("last week"), else null. */
  dateFrom: IsoDay.nullable(),
  dateTo: IsoDay.nullable(),
  sourceText: ArgumentSpan,
  targetText: ArgumentSpan,
  /** Every rule id that found, shaped or linked the event. */
  why: z.array(z.string()),
  confidence: z.number().min(0).max(1),
});
export type Event = z.infer<typeof Event>;

/** One act on the timeline: the same act reported by several articles (same actors, type, date) merged. */
export const TimelineEntry = z.object({
  id: z.string(),
  type: PloverType,
  source: z.string().nullable(),
  target: z.string().nullable(),
  date: IsoDay.nullable(),
  negated: z.boolean(),
  modality: Modality,
  reciprocal: z.boolean(),
  /** The merged events, in input order, and the articles that report the act. */
  events: z.array(z.string()),
  articles: z.array(z.string()),
});
export type TimelineEntry = z.infer<typeof TimelineEntry>;

/**
 * The fields stages 05 (dates) and 09 (events) add to the article document. Declared here
 * because `ArticleDoc` (src/pipeline/article-doc.ts) does not carry them yet.
 */
export interface EventFields {
  /** Stage 05: every date expression of the article, resolved. */
  dates?: DateMention[];
  /** Stage 09: event mentions with their argument spans (actors are linked later). */
  events?: EventMention[];
}
