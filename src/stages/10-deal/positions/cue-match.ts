import type { StanceCue } from '../rules/rule-types.js';
import type { ArticleContext } from '../text/article-context.js';

/** One stance cue found in a sentence. */
export interface CueMatch {
  cue: StanceCue;
  sentence: number;
  start: number;
  end: number;
}

/** Every match of every cue in every sentence of an article, in text order. */
export function findCues(ctx: ArticleContext, cues: readonly StanceCue[]): CueMatch[] {
  const out: CueMatch[] = [];
  ctx.sentences.forEach((s, k) => {
    const text = ctx.text.slice(s.start, s.end);
    for (const cue of cues) {
      for (const m of text.matchAll(cue.pattern)) {
        const start = s.start + (m.index ?? 0);
        // Trailing spaces belong to no cue.
        out.push({ cue, sentence: k, start, end: start + m[0].trimEnd().length });
      }
    }
  });
  return out.sort((a, b) => a.start - b.start || b.cue.priority - a.cue.priority);
}
