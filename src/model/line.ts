import { z } from 'zod';

/** Why a line is not body text. Every kind is a sort of page furniture except `body` and `title`. */
export const LineKind = z.enum([
  'body', 'title', 'blank', 'caption', 'credit', 'navigation', 'signup', 'comment-prompt',
  'copyright', 'address', 'bio', 'ai-notice', 'update-stamp', 'masthead', 'byline',
  'related-headline', 'header',
]);
export type LineKind = z.infer<typeof LineKind>;

/** A line of the page text with its classification and the rule that decided it. */
export const ClassifiedLine = z.object({
  /** Half-open character offsets into `Page.text`. */
  start: z.number().int(),
  end: z.number().int(),
  text: z.string(),
  kind: LineKind,
  rule: z.string().nullable(),
});
export type ClassifiedLine = z.infer<typeof ClassifiedLine>;
