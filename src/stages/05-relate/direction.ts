import type { Article } from '../../model/article.js';
import type { Direction } from '../../model/relation.js';

/** Word counts within this ratio are "the same length": the shorter one is a weak pick. */
const SAME_LENGTH_RATIO = 1.1;

/**
 * Which of two related articles is the original. The earlier one when both are dated and the
 * dates differ; otherwise the shorter one, since a rewrite pads and an expansion adds.
 */
export function chooseOriginal(a: Article, aWords: number, b: Article, bWords: number): { original: 'a' | 'b'; direction: Direction } {
  if (a.published && b.published && a.published !== b.published) {
    const original = a.published < b.published ? 'a' : 'b';
    const [o, d] = original === 'a' ? [a, b] : [b, a];
    return { original, direction: { rule: 'earlier', note: `published ${o.published}, the other ${d.published}` } };
  }
  const original = aWords < bWords || (aWords === bWords && a.id < b.id) ? 'a' : 'b';
  const [ow, dw] = original === 'a' ? [aWords, bWords] : [bWords, aWords];
  const rule = dw > ow * SAME_LENGTH_RATIO ? 'shorter' : 'same-length';
  const dates = a.published && a.published === b.published ? `both published ${a.published}` : 'not both dated';
  return { original, direction: { rule, note: `${ow} words against ${dw}; ${dates}` } };
}
