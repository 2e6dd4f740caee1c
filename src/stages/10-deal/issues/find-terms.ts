import { findAll } from '../../../text/find-all.js';
import { ISSUE_FRAMES } from '../rules/issue-frames.js';
import type { IssueFrame } from '../rules/rule-types.js';
import type { ArticleContext } from '../text/article-context.js';
import { chunkTerms, namedTerm } from './chunk-term.js';
import type { Term } from './term.js';

/** Index of the first word starting at or after an offset, within sentence k. */
function wordFrom(ctx: ArticleContext, k: number, offset: number): number {
  const [a, b] = ctx.sentenceWords[k] ?? [0, 0];
  for (let i = a; i < b; i += 1) if ((ctx.words[i]?.start ?? 0) >= offset) return i;
  return b;
}

/** Every issue term the frames introduce in one article. */
export function findTerms(ctx: ArticleContext, frames: readonly IssueFrame[] = ISSUE_FRAMES): Term[] {
  const out: Term[] = [];
  ctx.sentences.forEach((s, k) => {
    const text = ctx.text.slice(s.start, s.end);
    const lower = text.toLowerCase();
    for (const frame of frames) {
      for (const m of findAll(frame.pattern, text, lower)) {
        const from = s.start + m.index;
        const at = s.start + m.end;
        if (frame.names) {
          const t = namedTerm(ctx, frame.id, k, from, wordFrom(ctx, k, at), frame.names);
          if (t) out.push(t);
        } else out.push(...chunkTerms(ctx, frame.id, k, wordFrom(ctx, k, at)));
      }
    }
  });
  // One term per span: the first frame that read it.
  const seen = new Set<string>();
  return out.filter((t) => {
    const key = `${t.start}:${t.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  }).sort((a, b) => a.start - b.start);
}
