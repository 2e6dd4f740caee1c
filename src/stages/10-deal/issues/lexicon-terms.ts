import { NEGOTIATION_HEADS } from '../rules/head-families.js';
import type { ArticleContext } from '../text/article-context.js';
import { bareTerm, chunkAround } from './chunk-term.js';
import { familyOf, isStandalone } from './cluster-terms.js';
import type { Term } from './term.js';

const heads = new Set(NEGOTIATION_HEADS.words);

/** The rule id of terms read because their head recurs, not because a frame or the lexicon named them. */
export const RECURRENCE_RULE = 'term-recurs';

/** Terms read around every word `wanted` accepts (default: the negotiation lexicon's heads). */
export function termsAround(ctx: ArticleContext, rule: string, wanted: (lower: string, stem: string) => boolean = (l) => heads.has(l)): Term[] {
  const out: Term[] = [];
  ctx.words.forEach((w, i) => {
    if (!w.alpha || !wanted(w.lower, w.stem)) return;
    const k = ctx.sentenceOf[i] ?? 0;
    const t = chunkAround(ctx, rule, k, i) ?? (isStandalone(familyOf({ head: w })) ? bareTerm(ctx, rule, k, i) : null);
    if (t) out.push(t);
  });
  return out;
}

/** Keeps one term per stretch of text: the widest, and on a tie one a frame or the lexicon found. */
export function widestTerms(terms: readonly Term[]): Term[] {
  const rank = (t: Term): number => (t.rule === RECURRENCE_RULE ? 1 : 0);
  const sorted = [...terms].sort((a, b) => a.article.localeCompare(b.article) || a.start - b.start || (b.end - b.start) - (a.end - a.start) || rank(a) - rank(b));
  const out: Term[] = [];
  for (const t of sorted) {
    const last = out[out.length - 1];
    if (last && last.article === t.article && t.start < last.end) {
      const wider = t.end - t.start > last.end - last.start;
      if (wider || (t.end - t.start === last.end - last.start && rank(t) < rank(last))) out[out.length - 1] = t;
      continue;
    }
    out.push(t);
  }
  return out;
}
