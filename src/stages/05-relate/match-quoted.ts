import type { ArticleUnits } from './article-units.js';
import { rarity, sourceKey, type CorpusStats } from './corpus-stats.js';
import { overlap, shared, type Match } from './match.js';

/** Quotes whose word sets overlap this much (over union) are one quote, as the gold scorer pairs them. */
export const QUOTE_OVERLAP = 0.5;
/** Source descriptions whose content words overlap this much name one source ("an official in/from the …"). */
export const SOURCE_OVERLAP = 0.6;

/** Source descriptions of the original that the other article repeats, weighted by how specific and how rare they are. */
export function matchSources(orig: ArticleUnits, other: ArticleUnits, stats: CorpusStats): Match[] {
  const out: Match[] = [];
  for (const sa of orig.sources) {
    const sb = other.sources.find((s) => overlap(sa.ids, s.ids) >= SOURCE_OVERLAP);
    if (!sb) continue;
    // "a U.S. official" says less than "an official in the Ukrainian Presidential Administration".
    const specificity = Math.min(1, (sa.ids.length - 1) / 3);
    out.push({ kind: 'source', rule: sa.rule, weight: rarity(stats.sources.get(sourceKey(sa))) * specificity, a: sa, b: sb, covers: true });
  }
  return out;
}

/** Quotes of the original found in the other article: as a quote (overlap or fragment) or as the same words without marks. */
export function matchQuotes(orig: ArticleUnits, other: ArticleUnits): Match[] {
  // Short fragments ("disinformation space") are weaker evidence than whole sentences.
  const weightOf = (n: number): number => Math.min(1, n / 6);
  const out: Match[] = [];
  for (const qa of orig.quotes) {
    const qb = other.quotes.find((q) => sameOrFragment(qa.ids, q.ids));
    if (qb) {
      const rule = overlap(qa.ids, qb.ids) >= QUOTE_OVERLAP ? 'quote-overlap' : 'quote-fragment';
      out.push({ kind: 'quote', rule, weight: weightOf(Math.min(qa.keys.length, qb.keys.length)), a: qa, b: qb, covers: true });
      continue;
    }
    const weight = weightOf(qa.keys.length);
    const at = findSequence(other, qa.keys);
    if (at >= 0) {
      const b = { start: other.words[at]!.start, end: other.words[at + qa.keys.length - 1]!.end };
      out.push({ kind: 'quote', rule: 'quote-words-verbatim', weight, a: qa, b, covers: true });
    }
  }
  return out;
}

/** `overlap(a, b) >= QUOTE_OVERLAP || containment(a, b) >= 0.8`, sharing one merge: a pair of articles compares every quote with every quote. */
function sameOrFragment(a: Int32Array, b: Int32Array): boolean {
  const n = shared(a, b);
  if (n === 0) return false;
  const union = a.length + b.length - n;
  const small = Math.min(a.length, b.length);
  return n / union >= QUOTE_OVERLAP || (small >= 2 && n / small >= 0.8);
}

/** First word index where `keys` occur in a row in the article's words, or -1. */
function findSequence(units: ArticleUnits, keys: readonly string[]): number {
  for (const p of units.positions.get(keys[0]!) ?? []) {
    let k = 1;
    while (k < keys.length && units.words[p + k]?.key === keys[k]) k++;
    if (k === keys.length) return p;
  }
  return -1;
}
