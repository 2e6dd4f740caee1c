import { z } from 'zod';
import { Offset, IsoDay } from './primitives.js';


/** A stretch of one article's text a deal fact rests on; `text` equals `article.text.slice(start, end)`. */
export const DealSpan = z.object({
  article: z.string(),
  start: Offset,
  end: Offset,
  text: z.string(),
});
export type DealSpan = z.infer<typeof DealSpan>;

/** Where an issue's name came from: found in the text, or set by the user's issue config. */
export const IssueOrigin = z.enum(['found', 'config']);
export type IssueOrigin = z.infer<typeof IssueOrigin>;

/**
 * What the parties argue about, in the export shape of SPEC.md (`id, name, aliases`) plus the
 * places the text names it and the rules that found it.
 */
export const Issue = z.object({
  id: z.string(),
  name: z.string(),
  aliases: z.array(z.string()),
  origin: IssueOrigin,
  /** The head noun the terms were clustered on ("guarantee", "access"). */
  head: z.string(),
  /** Every place an alias occurs, in article order. */
  mentions: z.array(DealSpan),
  /** Articles that name the issue. */
  articles: z.array(z.string()),
  /** Rule ids of the frames whose objects made the issue, and the config entries that changed it. */
  why: z.array(z.string()),
});
export type Issue = z.infer<typeof Issue>;

/** A party's stance on an issue (SPEC §10; gold README §6). */
export const Stance = z.enum(['demand', 'offer', 'accept', 'reject', 'red line', 'require']);
export type Stance = z.infer<typeof Stance>;

/** What a position's date rests on. */
export const DateBasis = z.enum(['quote', 'sentence', 'published', 'none']);
export type DateBasis = z.infer<typeof DateBasis>;

/** What a position rests on: a sentence of the article, a quote or an event. */
export const PositionSource = z.enum(['sentence', 'quote', 'event']);
export type PositionSource = z.infer<typeof PositionSource>;

/**
 * One party's stance on one issue as one article states it, in the export shape of SPEC.md
 * (`party, issue, stance, date, article, start, end`) plus its evidence and reasons.
 */
export const Position = z.object({
  id: z.string(),
  /** The party's actor id: a country actor, or the actor itself when it has no country. */
  party: z.string(),
  /** The party's country or body code (USA, UKR, EU …), or null. */
  partyCode: z.string().nullable(),
  issue: z.string(),
  stance: Stance,
  date: IsoDay.nullable(),
  dateBasis: DateBasis,
  article: z.string(),
  start: Offset,
  end: Offset,
  evidence: z.string(),
  /** The cue words, the words naming the issue, and the words naming the holder (null when the holder is implied). */
  cue: DealSpan,
  issueSpan: DealSpan,
  holder: DealSpan.nullable(),
  /** The actor the holder words name (a person, an official, a country). */
  holderActor: z.string().nullable(),
  source: PositionSource,
  /** The quote or event id when `source` is one. */
  sourceId: z.string().nullable(),
  /** The stance cue rule and the holder rule. */
  rule: z.string(),
  why: z.array(z.string()),
  /** The party's previous stance on this issue differs from this one (ordered by date). */
  changed: z.boolean(),
  previousStance: Stance.nullable(),
  confidence: z.number().min(0).max(1),
});
export type Position = z.infer<typeof Position>;

export const Reception = z.enum(['rejected', 'accepted', 'under negotiation', 'unknown']);
export type Reception = z.infer<typeof Reception>;

/** A known term of a draft: an amount, a resource named, an issue present or absent. */
export const DraftTerm = z.object({
  kind: z.enum(['amount', 'resource', 'issue']),
  text: z.string(),
  /** Issue terms: the issue id. */
  issue: z.string().nullable(),
  /** False when the text says the draft leaves it out ("does not include any security guarantees"). */
  present: z.boolean(),
  span: DealSpan,
  rule: z.string(),
});
export type DraftTerm = z.infer<typeof DraftTerm>;

/** One place an article mentions a draft, with the author and reception it gives. */
export const DraftMention = z.object({
  /** The draft's words ("his initial offer"), and the sentence they stand in. */
  span: DealSpan,
  evidence: DealSpan,
  /** "initial", "revised", "latest", "current" … as the text qualifies the draft. */
  generation: z.string(),
  author: z.string().nullable(),
  authorSpan: DealSpan.nullable(),
  reception: Reception,
  receptionSpan: DealSpan.nullable(),
  date: IsoDay.nullable(),
  rule: z.string(),
  why: z.array(z.string()),
});
export type DraftMention = z.infer<typeof DraftMention>;

/**
 * A proposal, draft or counter-draft in the export shape of SPEC.md (`id, label, author, date,
 * reception, articles`) plus its terms and the mentions it was merged from.
 */
export const Draft = z.object({
  id: z.string(),
  label: z.string(),
  /** The author's party actor id (the side that tabled it), or null. */
  author: z.string().nullable(),
  authorCode: z.string().nullable(),
  date: IsoDay.nullable(),
  /** Position in the sequence of drafts, from 1, by date. */
  order: z.number().int().positive(),
  reception: Reception,
  articles: z.array(z.string()),
  terms: z.array(DraftTerm),
  mentions: z.array(DraftMention),
});
export type Draft = z.infer<typeof Draft>;

/** One outlook phrase found in an article, with its weight and rule; title phrases have offsets into the title. */
export const OutlookPhrase = DealSpan.extend({
  field: z.enum(['text', 'title']),
  weight: z.number().min(-1).max(1),
  rule: z.string(),
});
export type OutlookPhrase = z.infer<typeof OutlookPhrase>;

/**
 * Where the talks stand in one article, from −1 (collapsed) to +1 (signed), in the export shape
 * of SPEC.md (`article, date, score, phrases`) plus the phrase spans it rests on.
 */
export const Outlook = z.object({
  article: z.string(),
  date: IsoDay.nullable(),
  score: z.number().min(-1).max(1),
  phrases: z.array(z.string()),
  spans: z.array(OutlookPhrase),
});
export type Outlook = z.infer<typeof Outlook>;

/** The outlook over time: dated articles' scores in date order, and the change from first to last. */
export const OutlookTrend = z.object({
  points: z.array(z.object({ date: IsoDay, score: z.number(), articles: z.number().int() })),
  /** Last point minus first point, or null with fewer than two dated points. */
  change: z.number().nullable(),
  direction: z.enum(['improving', 'worsening', 'steady', 'unknown']),
});
export type OutlookTrend = z.infer<typeof OutlookTrend>;

/** The deal model of stage 10: issues, positions, drafts and outlook, as of a date when asked. */
export const Deal = z.object({
  asOf: IsoDay.nullable(),
  /** Articles used, and those left out (later than as-of, or undated under as-of), with why. */
  articles: z.array(z.string()),
  excluded: z.array(z.object({ article: z.string(), reason: z.string() })),
  issues: z.array(Issue),
  positions: z.array(Position),
  drafts: z.array(Draft),
  outlook: z.array(Outlook),
  trend: OutlookTrend,
  /** Plain-language notes on what the model could not do ("3 undated articles excluded under as-of"). */
  notes: z.array(z.string()),
  stage: z.literal('deal'),
  stageVersion: z.string(),
});
export type Deal = z.infer<typeof Deal>;
