import { z } from 'zod';

/** Metadata that came with the input itself (a JSON record, a feed item, HTML meta tags). */
export const GivenMetadata = z.object({
  url: z.string().nullable().default(null),
  outlet: z.string().nullable().default(null),
  title: z.string().nullable().default(null),
  /** YYYY-MM-DD when the input states it in a machine-readable field. */
  published: z.string().nullable().default(null),
  author: z.string().nullable().default(null),
});
export type GivenMetadata = z.infer<typeof GivenMetadata>;

export const PageFormat = z.enum(['text', 'markdown', 'html']);
export type PageFormat = z.infer<typeof PageFormat>;

/**
 * One input page after ingest: its text flattened to lines (HTML already through
 * Readability), plus whatever metadata the input carried. `id` is the content hash.
 */
export const Page = z.object({
  id: z.string(),
  /** Where it came from: a file path, a URL, or `path#recordIndex` for a JSONL record. */
  source: z.string(),
  format: PageFormat,
  /** The page as flattened text; line breaks separate blocks. Immutable from here on. */
  text: z.string(),
  given: GivenMetadata,
  bytes: z.number().int().nonnegative(),
});
export type Page = z.infer<typeof Page>;
