import { z } from 'zod';

export const PublishedBasis = z.enum(['given', 'printed', 'inferred', 'unknown']);
export type PublishedBasis = z.infer<typeof PublishedBasis>;

/** Where a piece of metadata came from: the rule that found it and the text it rests on. */
export const Evidence = z.object({
  rule: z.string(),
  text: z.string(),
  note: z.string().nullable().default(null),
});
export type Evidence = z.infer<typeof Evidence>;

/**
 * One article as the front half of the pipeline leaves it: a segment of a page with its
 * cleaned text and metadata. The text is immutable: every later span points into it.
 */
export const Article = z.object({
  /** Content hash of the cleaned text: the same article ingested twice gets the same id. */
  id: z.string(),
  pageId: z.string(),
  /** The page's source (path or URL). */
  source: z.string(),
  /** Position of this article on its page, from 0. */
  segment: z.number().int().nonnegative(),
  /** Offsets of the segment in `Page.text` (first to last line it covers, furniture included). */
  pageStart: z.number().int(),
  pageEnd: z.number().int(),
  outlet: z.string().nullable(),
  title: z.string().nullable(),
  url: z.string().nullable(),
  byline: z.string().nullable(),
  published: z.string().nullable(),
  publishedBasis: PublishedBasis,
  /** Why: the evidence for outlet, title, byline and date. */
  evidence: z.object({
    outlet: Evidence.nullable(),
    title: Evidence.nullable(),
    byline: Evidence.nullable(),
    published: Evidence.nullable(),
  }),
  text: z.string(),
  /** The furniture lines dropped from this segment, kept so "why was this removed?" has an answer. */
  removed: z.array(z.object({ text: z.string(), kind: z.string(), rule: z.string().nullable() })),
  duplicateOf: z.string().nullable().default(null),
  derivedFrom: z.string().nullable().default(null),
});
export type Article = z.infer<typeof Article>;
