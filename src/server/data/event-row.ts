import { z } from 'zod';
import { Event } from '../../model/event.js';
import type { ModelView } from './model-view.js';
import { ArticleRef, toArticleRef } from './refs.js';

/** An event with its actors' names, the sentence it rests on and its article. */
export const EventRow = Event.extend({
  sourceLabel: z.string().nullable(),
  targetLabel: z.string().nullable(),
  evidence: z.string().describe('the article text at start..end'),
  from: ArticleRef.nullable(),
});
export type EventRow = z.infer<typeof EventRow>;

export function toEventRow(e: Event, view: ModelView): EventRow {
  const article = view.article(e.article);
  return {
    ...e,
    sourceLabel: view.actorName(e.source) ?? e.sourceText?.text ?? null,
    targetLabel: view.actorName(e.target) ?? e.targetText?.text ?? null,
    evidence: article ? article.text.slice(e.start, e.end) : '',
    from: article ? toArticleRef(article) : null,
  };
}

/** Date order, undated last, then in article order. */
export function byEventDate(x: EventRow, y: EventRow): number {
  return (x.date ?? '9999').localeCompare(y.date ?? '9999') || x.article.localeCompare(y.article) || x.start - y.start;
}
