import type { PairSignals, RelationEvidence, RelationSpan } from '../../model/relation.js';
import type { ArticleUnits } from './article-units.js';
import { rarity, type CorpusStats } from './corpus-stats.js';
import { coverage } from './coverage.js';
import { wordMatch, type Match } from './match.js';
import { matchPhrases } from './match-phrases.js';
import { matchQuotes, matchSources } from './match-quoted.js';
import { estimateJaccard } from './minhash.js';
import { orderAgreement } from './order-agreement.js';
import { containmentSorted } from './shingles.js';

/** What comparing two articles gives: the signals and the located evidence. */
export interface PairComparison {
  signals: PairSignals;
  evidence: RelationEvidence[];
}

/** Compares a candidate original with another article: shared phrases, quotes, sources, names and numbers, located in both. */
export function comparePair(orig: ArticleUnits, other: ArticleUnits, stats: CorpusStats): PairComparison {
  const matches: Match[] = [];
  matches.push(...matchSources(orig, other, stats));
  matches.push(...matchQuotes(orig, other));
  const taken = matches.map((m) => m.a);
  matches.push(...matchPhrases(orig, other, stats).filter((m) => !taken.some((t) => m.a.start < t.end && t.start < m.a.end)));
  // Numbers and names are single words, each at its own word: only the units above can hold one.
  const inside = insideAny(matches.map((m) => m.a));
  for (const [key, i] of orig.numbers) {
    const j = other.numbers.get(key);
    if (j === undefined || inside(orig.words[i]!.start)) continue;
    matches.push(wordMatch('number', 'shared-number', 0.5 * rarity(stats.numbers.get(key)), orig.words[i]!, other.words[j]!, true));
  }
  for (const [key, i] of orig.names) {
    const j = other.names.get(key);
    if (j === undefined || inside(orig.words[i]!.start)) continue;
    matches.push(wordMatch('name', 'shared-name', 0.25 * rarity(stats.names.get(key)), orig.words[i]!, other.words[j]!, false));
  }
  let exclusive = 0;
  let shared = 0;
  for (const m of matches) {
    if (m.kind === 'source' || m.kind === 'phrase') exclusive += m.weight;
    else shared += m.weight;
  }
  const signals: PairSignals = {
    jaccard: estimateJaccard(orig.signature, other.signature),
    containment: containmentSorted(orig.shingles, other.shingles),
    exclusive,
    shared,
    coverage: coverage(orig.words, matches.filter((m) => m.covers).map((m) => m.a)),
    // Single names are matched at their first mention, so their place says nothing of order.
    order: orderAgreement(matches.filter((m) => m.rule !== 'shared-name').map((m) => ({ a: m.a.start, b: m.b.start, weight: m.weight }))),
    units: matches.length,
  };
  matches.sort((x, y) => x.a.start - y.a.start);
  const evidence = matches.map((m): RelationEvidence => ({
    kind: m.kind, rule: m.rule, weight: round(m.weight),
    original: spanOf(orig.article.text, m.a), derived: spanOf(other.article.text, m.b),
  }));
  return { signals, evidence };
}

/** Whether an offset lies in one of the spans: merged, sorted and binary-searched, as a pair can share hundreds of units. */
function insideAny(spans: readonly { start: number; end: number }[]): (offset: number) => boolean {
  const merged: { start: number; end: number }[] = [];
  for (const s of [...spans].filter((x) => x.start < x.end).sort((x, y) => x.start - y.start)) {
    const last = merged[merged.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else merged.push({ start: s.start, end: s.end });
  }
  return (offset) => {
    let lo = 0;
    let hi = merged.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (merged[mid]!.end <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo < merged.length && merged[lo]!.start <= offset;
  };
}

function spanOf(text: string, s: { start: number; end: number }): RelationSpan {
  return { start: s.start, end: s.end, text: text.slice(s.start, s.end) };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

