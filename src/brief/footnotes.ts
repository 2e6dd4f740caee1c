import type { Article } from '../model/article.js';
import type { Brief, Citation } from './brief-model.js';

/** A numbered source note: the article and the exact sentence a brief sentence rests on. */
export interface Footnote {
  n: number;
  citation: Citation;
  article: Article | undefined;
  quoted: string;
}

/** Numbers the citations of a brief in reading order, one note per distinct sentence. */
export function numberFootnotes(brief: Brief, articles: readonly Article[]): { notes: Footnote[]; numberOf: (c: Citation) => number } {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const index = new Map<string, Footnote>();
  const key = (c: Citation): string => `${c.article}:${c.start}:${c.end}`;
  const cites = brief.sections.flatMap((s) => [...s.sentences, ...(s.table?.rows.map((r) => r.backing) ?? [])]).flatMap((s) => s.cites);
  for (const c of cites) {
    if (index.has(key(c))) continue;
    const article = byId.get(c.article);
    index.set(key(c), { n: index.size + 1, citation: c, article, quoted: article?.text.slice(c.start, c.end).replace(/\s+/g, ' ').trim() ?? '' });
  }
  return { notes: [...index.values()], numberOf: (c) => index.get(key(c))?.n ?? 0 };
}

/** "Reuters, 2025-02-20, “title”" — how a note names its article. */
export function describeArticle(a: Article | undefined): string {
  if (!a) return 'unknown article';
  return [a.outlet ?? 'unknown outlet', a.published ?? 'undated', a.title ? `“${a.title}”` : null].filter(Boolean).join(', ');
}
