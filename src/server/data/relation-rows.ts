import { z } from 'zod';
import type { ModelView } from './model-view.js';
import { ArticleRef, toArticleRef } from './refs.js';

const Span = z.object({ start: z.number().int(), end: z.number().int(), text: z.string() });

/** One article copying or rewriting another, with what the relate stage measured, when it did. */
export const RelationRow = z.object({
  kind: z.enum(['duplicate', 'derived']),
  article: ArticleRef,
  of: ArticleRef,
  note: z.string().nullable(),
  evidence: z.array(z.object({ kind: z.string(), original: Span.nullable(), derived: Span.nullable() })).describe('shared units, located in both articles'),
});
export type RelationRow = z.infer<typeof RelationRow>;

const SHOWN_EVIDENCE = 6;

/** The relations the relate stage found, and any the articles carry that it did not explain. */
export function relationRows(view: ModelView): RelationRow[] {
  const ref = (id: string) => {
    const a = view.article(id);
    return a ? toArticleRef(a) : null;
  };
  const rows: RelationRow[] = [];
  const seen = new Set<string>();
  const push = (kind: RelationRow['kind'], article: string, of: string, note: string | null, evidence: RelationRow['evidence']): void => {
    const a = ref(article);
    const o = ref(of);
    if (!a || !o || seen.has(`${kind}|${article}|${of}`)) return;
    seen.add(`${kind}|${article}|${of}`);
    rows.push({ kind, article: a, of: o, note, evidence });
  };
  for (const d of view.parts.duplicates) push('duplicate', d.article, d.of, `${d.kind} duplicate, Jaccard ${d.jaccard.toFixed(2)} (${d.rule})`, []);
  for (const d of view.parts.derivations) {
    push('derived', d.article, d.from, `score ${d.score.toFixed(2)} (${d.rule}); ${d.signals.units} shared units; ${d.direction.note}`,
      d.evidence.slice(0, SHOWN_EVIDENCE).map((e) => ({ kind: e.kind, original: e.original, derived: e.derived })));
  }
  for (const a of view.model.articles) {
    if (a.duplicateOf) push('duplicate', a.id, a.duplicateOf, null, []);
    if (a.derivedFrom) push('derived', a.id, a.derivedFrom, null, []);
  }
  return rows;
}
