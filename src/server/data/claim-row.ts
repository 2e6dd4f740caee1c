import { z } from 'zod';
import type { ModelView } from './model-view.js';
import { ArticleRef, toArticleRef } from './refs.js';

/** A claim several independent outlets report, with each report located in its article. */
export const ClaimRow = z.object({
  id: z.string(), kind: z.string(), text: z.string(), speakerLabel: z.string().nullable(),
  outlets: z.number().int().describe('independent sources: copies and one outlet count once'),
  supports: z.array(z.object({ from: ArticleRef.nullable(), article: z.string(), start: z.number().int(), end: z.number().int(), text: z.string() })),
});
export type ClaimRow = z.infer<typeof ClaimRow>;

/** Best corroborated first. */
export function claimRows(view: ModelView): ClaimRow[] {
  return view.parts.claims.map((c) => ({
    id: c.id, kind: c.kind, text: c.text, speakerLabel: view.actorName(c.speaker), outlets: c.outlets,
    supports: c.supports.map((s) => {
      const a = view.article(s.article);
      return { from: a ? toArticleRef(a) : null, article: s.article, start: s.start, end: s.end, text: s.text };
    }),
  })).sort((x, y) => y.outlets - x.outlets || y.supports.length - x.supports.length);
}
