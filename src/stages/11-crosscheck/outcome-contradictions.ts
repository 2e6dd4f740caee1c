import type { Article } from '../../model/article.js';
import type { Contradiction, ContradictionSide } from '../../model/claim.js';
import type { Quote } from '../../model/quote.js';
import { contentId } from '../../pipeline/ids.js';
import type { CheckContext } from './input.js';
import { createRuleMatcher } from './match-rule.js';
import { OUTCOME_PHRASES } from './rules/outcome-phrases.js';
import { articleLabel, sideAt } from './spans.js';

/** Outlooks further apart than this are the talks changing, not sources disagreeing. */
const OUTCOME_WINDOW_DAYS = 7;
/**
 * Advancing articles one failing article is set against, nearest in time first. Unbounded, an
 * undated corpus (every article "close" to every other) sets each negative article against
 * every positive one, and the output grows as their product; past ten, more articles add no
 * evidence, only length. The minerals-deal corpus has 11 articles, so it never reaches the bound.
 */
const MAX_OPPOSITE_ARTICLES = 10;
const DAY_MS = 86_400_000;
const outcomeMatches = createRuleMatcher(OUTCOME_PHRASES.map((r) => r.pattern));

interface OutcomeFind {
  side: ContradictionSide;
  polarity: 1 | -1;
  /** Who says it: the speaker of the quote it sits in, or null for the reporter's own words. */
  speaker: string | null;
}

/**
 * Sources that read the outcome of the talks opposite ways: an article leaning negative (its
 * outcome phrases sum below zero) against the articles leaning positive within a week of it (or
 * undated), the nearest ten at most; and, inside one article, quoted speakers who say opposite things.
 */
export function outcomeContradictions(ctx: CheckContext): Contradiction[] {
  const quotesOf = new Map<string, Quote[]>();
  for (const q of ctx.model.quotes) {
    const list = quotesOf.get(q.article);
    if (list) list.push(q);
    else quotesOf.set(q.article, [q]);
  }
  const finds = new Map([...ctx.articles.values()].map((a) => [a.id, findOutcomes(a, quotesOf.get(a.id) ?? [])]));
  const leanOf = new Map([...finds].map(([id, f]) => [id, Math.sign(f.reduce((s, x) => s + x.polarity, 0))]));
  const out: Contradiction[] = [];
  const articles = [...ctx.articles.values()];
  const order = new Map(articles.map((a, i) => [a.id, i]));
  const positive = articles.filter((a) => leanOf.get(a.id)! > 0);
  // A date that does not parse is never within the window of a dated article, as before.
  const dated = positive.filter((p) => p.published).map((p) => ({ p, at: Date.parse(p.published!) })).filter((d) => !Number.isNaN(d.at)).sort((x, y) => x.at - y.at);
  const undated = positive.filter((p) => !p.published);
  for (const neg of articles.filter((a) => leanOf.get(a.id)! < 0)) {
    const positives = nearestPositives(neg, positive, dated, undated).sort((x, y) => order.get(x.id)! - order.get(y.id)!);
    if (positives.length === 0) continue;
    const negSides = (finds.get(neg.id) ?? []).filter((f) => f.polarity < 0).map((f) => f.side);
    const posSides = positives.flatMap((p) => (finds.get(p.id) ?? []).filter((f) => f.polarity > 0).map((f) => f.side));
    out.push({
      id: contentId('contradiction', 'outcome', neg.id, ...positives.map((p) => p.id)),
      kind: 'outcome',
      note: `${articleLabel(neg)} reads the talks as failing (${quoted(negSides)}); ${positives.map(articleLabel).join(', ')} as advancing (${quoted(posSides)}).`,
      sides: [...negSides, ...posSides], rule: 'opposite-outlook-across-articles',
    });
  }
  for (const article of articles) {
    const quotedFinds = (finds.get(article.id) ?? []).filter((f) => f.speaker !== null);
    const pos = quotedFinds.filter((f) => f.polarity > 0);
    const neg = quotedFinds.filter((f) => f.polarity < 0 && pos.some((p) => p.speaker !== f.speaker));
    if (neg.length === 0) continue;
    const posOthers = pos.filter((p) => neg.some((n) => n.speaker !== p.speaker));
    out.push({
      id: contentId('contradiction', 'outcome-inside', article.id),
      kind: 'outcome',
      note: `Inside ${articleLabel(article)}, sources disagree on the outcome: ${quoted(neg.map((f) => f.side))} against ${quoted(posOthers.map((f) => f.side))}.`,
      sides: [...neg, ...posOthers].map((f) => f.side), rule: 'opposite-outlook-inside-article',
    });
  }
  return out;
}

/** The outcome phrases of one article, each with the speaker of the quote (of `quotes`, the article's) it sits in. */
export function findOutcomes(article: Article, quotes: readonly Quote[]): OutcomeFind[] {
  const shortestFirst = [...quotes].sort((a, b) => a.end - a.start - (b.end - b.start));
  const out: OutcomeFind[] = [];
  const found = outcomeMatches(article.text);
  OUTCOME_PHRASES.forEach((rule, k) => {
    for (const m of found[k]!) {
      const start = m.index;
      const end = start + m[0].length;
      const inQuote = shortestFirst.find((q) => q.start <= start && end <= q.end);
      const speaker = inQuote ? inQuote.speaker ?? inQuote.speakerDescription ?? inQuote.id : null;
      out.push({ side: sideAt(article, start, end, rule.id, rule.polarity > 0 ? '+1' : '-1'), polarity: rule.polarity, speaker });
    }
  });
  return out.sort((a, b) => a.side.start - b.side.start);
}

/**
 * The positive articles close in time to a negative one (within the window, or either undated),
 * the nearest MAX_OPPOSITE_ARTICLES: dated ones by distance in days, then undated ones; an undated
 * negative article is close to all, taken in input order. `dated` is sorted by time.
 */
function nearestPositives(neg: Article, positive: readonly Article[], dated: readonly { p: Article; at: number }[], undated: readonly Article[]): Article[] {
  const at = neg.published ? Date.parse(neg.published) : null;
  if (at === null) return positive.slice(0, MAX_OPPOSITE_ARTICLES);
  const window = OUTCOME_WINDOW_DAYS * DAY_MS;
  let lo = 0;
  let hi = dated.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (dated[mid]!.at < at - window) lo = mid + 1;
    else hi = mid;
  }
  const near: { p: Article; ms: number }[] = [];
  for (let i = lo; i < dated.length && dated[i]!.at <= at + window; i++) near.push({ p: dated[i]!.p, ms: Math.abs(dated[i]!.at - at) });
  near.sort((x, y) => x.ms - y.ms);
  return [...near.map((x) => x.p), ...undated].slice(0, MAX_OPPOSITE_ARTICLES);
}

function quoted(sides: readonly ContradictionSide[]): string {
  return [...new Set(sides.map((s) => `"${s.text}"`))].join(', ');
}
