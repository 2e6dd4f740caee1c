import { z } from 'zod';
import { Quote } from '../../model/quote.js';
import type { ModelView } from './model-view.js';
import { ArticleRef, toArticleRef } from './refs.js';

/** A quote with what its list row shows: the speaker's name and the article it comes from. */
export const QuoteRow = Quote.extend({ speakerLabel: z.string(), source: ArticleRef.nullable() });
export type QuoteRow = z.infer<typeof QuoteRow>;

export function toQuoteRow(q: Quote, view: ModelView): QuoteRow {
  const article = view.article(q.article);
  return { ...q, speakerLabel: view.speakerLabel(q), source: article ? toArticleRef(article) : null };
}

/** The day a quote belongs to: when it was said if stated, else when it was published. */
export function quoteDay(q: QuoteRow): string | null {
  return q.date ?? q.source?.published ?? null;
}

/** Latest first; undated last; then in article order. */
export function byLatest(x: QuoteRow, y: QuoteRow): number {
  return (quoteDay(y) ?? '').localeCompare(quoteDay(x) ?? '') || x.article.localeCompare(y.article) || x.start - y.start;
}
