import { z } from 'zod';
import type { ModelView } from './model-view.js';
import { ArticleRef, toArticleRef } from './refs.js';

/** One source's side: what it says and, when known, the words it says it with. */
export const ContradictionSideRow = z.object({
  article: ArticleRef.nullable(), value: z.string(),
  start: z.number().int().nullable(), end: z.number().int().nullable(), evidence: z.string().nullable(),
});
export const ContradictionRow = z.object({
  origin: z.enum(['actor', 'crosscheck']).describe('actor: sources disagree about an actor; crosscheck: the cross-source analysis'),
  topic: z.string(), note: z.string().nullable(), rule: z.string().nullable(), sides: z.array(ContradictionSideRow),
});
export type ContradictionRow = z.infer<typeof ContradictionRow>;

/** Contradictions between sources, side by side: the cross-check's when present, and the actor model's conflicts. */
export function contradictionRows(view: ModelView): ContradictionRow[] {
  const side = (articleId: string, value: string, start: number | null, end: number | null) => {
    const a = view.article(articleId);
    const hasSpan = a !== undefined && start !== null && end !== null && end <= a.text.length;
    return { article: a ? toArticleRef(a) : null, value, start: hasSpan ? start : null, end: hasSpan ? end : null, evidence: hasSpan ? a.text.slice(start, end) : null };
  };
  const fromCrosscheck = view.parts.contradictions.map((c) => ({
    origin: 'crosscheck' as const, topic: c.kind, note: c.note, rule: c.rule,
    sides: c.sides.map((s) => side(s.article, s.value, s.start, s.end)),
  }));
  const fromActors = view.model.actors.flatMap((actor) => actor.conflicts.map((c) => ({
    origin: 'actor' as const, topic: `${actor.name}: ${c.field}`, note: c.note, rule: null,
    sides: c.values.map((v) => {
      const role = c.field === 'role' ? actor.roles.find((r) => r.article === v.article && r.role === v.value) : undefined;
      return side(v.article, v.value, role?.start ?? null, role?.end ?? null);
    }),
  })));
  return [...fromCrosscheck, ...fromActors];
}
