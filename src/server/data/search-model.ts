import { z } from 'zod';
import type { ModelView } from './model-view.js';
import { findFolded, foldText, foldWithOffsets, type FoldedText } from './fold-text.js';
import { byLatest, QuoteRow, toQuoteRow } from './quote-row.js';
import { ActorSummary, ArticleRef, byProminence, toActorSummary, toArticleRef } from './refs.js';

export const MIN_QUERY = 2;
export const MAX_QUERY = 200;
const HITS_PER_ARTICLE = 5;
const CONTEXT = 70;

// Folding is per character; articles are immutable, so each is folded once per process.
const foldedArticles = new WeakMap<object, FoldedText>();
function foldedOf(article: { text: string }): FoldedText {
  let folded = foldedArticles.get(article);
  if (!folded) {
    folded = foldWithOffsets(article.text);
    foldedArticles.set(article, folded);
  }
  return folded;
}

export const SearchHit = z.object({ start: z.number().int(), end: z.number().int(), before: z.string(), match: z.string(), after: z.string() });
export const SearchResults = z.object({
  q: z.string(),
  tooShort: z.boolean().describe(`true when the query has fewer than ${MIN_QUERY} characters`),
  articles: z.array(z.object({ article: ArticleRef, count: z.number().int(), hits: z.array(SearchHit) })),
  quotes: z.array(QuoteRow),
  actors: z.array(ActorSummary),
});
export type SearchResults = z.infer<typeof SearchResults>;

/** Full-text search, case and accents ignored, over article texts, quotes (words and speaker) and actor names. */
export function searchModel(view: ModelView, rawQuery: string): SearchResults {
  const q = rawQuery.trim().slice(0, MAX_QUERY);
  if (foldText(q).length < MIN_QUERY) return { q, tooShort: q.length > 0, articles: [], quotes: [], actors: [] };
  const needle = foldText(q);
  const articles = view.model.articles.flatMap((a) => {
    const spans = findFolded(foldedOf(a), q);
    if (spans.length === 0) return [];
    const hits = spans.slice(0, HITS_PER_ARTICLE).map(({ start, end }) => ({
      start, end, before: a.text.slice(Math.max(0, start - CONTEXT), start), match: a.text.slice(start, end), after: a.text.slice(end, end + CONTEXT),
    }));
    return [{ article: toArticleRef(a), count: spans.length, hits }];
  }).sort((x, y) => y.count - x.count);
  const quotes = view.model.quotes.map((x) => toQuoteRow(x, view))
    .filter((x) => foldText(x.text).includes(needle) || foldText(x.speakerLabel).includes(needle)).sort(byLatest);
  const actors = view.model.actors.filter((a) => [a.name, ...a.aliases, a.role ?? ''].some((n) => foldText(n).includes(needle)))
    .map(toActorSummary).sort(byProminence);
  return { q, tooShort: false, articles, quotes, actors };
}
