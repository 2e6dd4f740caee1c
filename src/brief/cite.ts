import type { ArticleDoc } from '../pipeline/article-doc.js';
import type { Citation } from './brief-model.js';

/** The article sentence(s) holding a span: what a reader should be shown as the source. */
export function citeSpan(doc: ArticleDoc | undefined, article: string, start: number, end: number, says: string[]): Citation {
  const sentences = doc?.sentences ?? [];
  const first = sentences.find((s) => s.start <= start && start < s.end);
  const last = sentences.find((s) => s.start < end && end <= s.end);
  return { article, start: Math.min(first?.start ?? start, start), end: Math.max(last?.end ?? end, end), says };
}
