import { PROCESS_HEADS } from '../rules/term-words.js';
import type { ArticleContext } from '../text/article-context.js';
import { isContent } from './read-phrase.js';

const FRAME_NOUNS = new Set(['deal', 'agreement', 'accord', 'pact', 'treaty', 'talks', 'negotiations', 'package', 'bill', 'legislation', 'plan']);

/**
 * Stems that name what the coverage is about rather than a stake in it: the words before
 * "deal", "talks", "package" ("minerals deal", "stimulus package"), seen at least twice.
 * A bare issue with such a head ("minerals") is the deal itself.
 */
export function subjectStems(contexts: readonly ArticleContext[]): Set<string> {
  const counts = new Map<string, number>();
  for (const ctx of contexts) {
    ctx.words.forEach((w, i) => {
      if (!FRAME_NOUNS.has(w.lower)) return;
      for (let j = i - 1; j >= Math.max(0, i - 3); j -= 1) {
        const m = ctx.words[j];
        if (!isContent(m) || PROCESS_HEADS.words.includes(m.lower)) break;
        counts.set(m.stem, (counts.get(m.stem) ?? 0) + 1);
      }
    });
  }
  return new Set([...counts].filter(([, n]) => n >= 2).map(([s]) => s));
}
