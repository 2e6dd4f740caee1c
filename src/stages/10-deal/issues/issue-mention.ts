import type { ActorAt } from '../text/article-context.js';

/** One place an article names an issue: what positions and drafts attach to. */
export interface IssueMention {
  issue: string;
  article: string;
  sentence: number;
  start: number;
  end: number;
  /** Countries or people named as owners on the words ("U.S. security guarantees"). */
  owners: ActorAt[];
  /** The frame or alias rule that read the words. */
  rule: string;
}
