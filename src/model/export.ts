import { z } from 'zod';
import { IsoDay } from './primitives.js';
import { PublishedBasis } from './article.js';
import { Actor } from './actor.js';
import { Quote } from './quote.js';
import { Event } from './event.js';
import { Claim, Contradiction } from './claim.js';
import { Draft, Issue, Outlook, Position } from './deal.js';

/** The export contract of SPEC.md (`parley-export/1`). Extend freely; never rename or drop. */
export const ExportArticle = z.object({
  id: z.string(),
  source: z.string(),
  outlet: z.string().nullable(),
  title: z.string().nullable(),
  url: z.string().nullable(),
  byline: z.string().nullable(),
  published: IsoDay.nullable(),
  publishedBasis: PublishedBasis,
  publishedNote: z.string().nullable(),
  text: z.string(),
  duplicateOf: z.string().nullable(),
  derivedFrom: z.string().nullable(),
  segment: z.number().int(),
  removed: z.array(z.object({ text: z.string(), kind: z.string(), rule: z.string().nullable() })),
});
export type ExportArticle = z.infer<typeof ExportArticle>;

export const ParleyExport = z.object({
  format: z.literal('parley-export/1'),
  generatedAt: z.string(),
  articles: z.array(ExportArticle),
  actors: z.array(Actor),
  quotes: z.array(Quote),
  events: z.array(Event),
  issues: z.array(Issue),
  positions: z.array(Position),
  drafts: z.array(Draft),
  outlook: z.array(Outlook),
  claims: z.array(Claim),
  contradictions: z.array(Contradiction),
});
export type ParleyExport = z.infer<typeof ParleyExport>;
