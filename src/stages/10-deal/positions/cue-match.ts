import { findAll } from '../../../text/find-all.js';
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
    const lower = text.toLowerCase();
    for (const cue of cues) {
      for (const m of findAll(cue.pattern, text, lower)) {
        const start = s.start + m.index;
        // Trailing spaces belong to no cue.
        out.push({ cue, sentence: k, start, end: start + m.text.trimEnd().length });
      }
    }
  });
  return out.sort((a, b) => a.start - b.start || b.cue.priority - a.cue.priority);
}
