import type { Article } from '../../model/article.js';
import type { Contradiction, ContradictionSide } from '../../model/claim.js';
import { contentId } from '../../pipeline/ids.js';
import type { CheckContext } from './input.js';
import { OUTCOME_PHRASES } from './rules/outcome-phrases.js';
import { articleLabel, sideAt } from './spans.js';

/** Outlooks further apart than this are the talks changing, not sources disagreeing. */
const OUTCOME_WINDOW_DAYS = 7;

interface OutcomeFind {
  side: ContradictionSide;
  polarity: 1 | -1;
  /** Who says it: the speaker of the quote it sits in, or null for the reporter's own words. */
  speaker: string | null;
}

/**
 * Sources that read the outcome of the talks opposite ways: an article leaning negative (its
 * outcome phrases sum below zero) against the articles leaning positive within a week of it (or
 * undated); and, inside one article, quoted speakers who say opposite things.
 */
export function outcomeContradictions(ctx: CheckContext): Contradiction[] {
  const finds = new Map([...ctx.articles.values()].map((a) => [a.id, findOutcomes(ctx, a)]));
  const lean = (id: string): number => Math.sign((finds.get(id) ?? []).reduce((s, f) => s + f.polarity, 0));
  const out: Contradiction[] = [];
  const articles = [...ctx.articles.values()];
  for (const neg of articles.filter((a) => lean(a.id) < 0)) {
    const positives = articles.filter((p) => p.id !== neg.id && lean(p.id) > 0 && closeInTime(neg, p));
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

/** The outcome phrases of one article, each with the speaker of the quote it sits in. */
export function findOutcomes(ctx: CheckContext, article: Article): OutcomeFind[] {
  const quotes = ctx.model.quotes.filter((q) => q.article === article.id).sort((a, b) => a.end - a.start - (b.end - b.start));
  const out: OutcomeFind[] = [];
  for (const rule of OUTCOME_PHRASES) {
    for (const m of article.text.matchAll(rule.pattern)) {
      const start = m.index;
      const end = start + m[0].length;
      const inQuote = quotes.find((q) => q.start <= start && end <= q.end);
      const speaker = inQuote ? inQuote.speaker ?? inQuote.speakerDescription ?? inQuote.id : null;
      out.push({ side: sideAt(article, start, end, rule.id, rule.polarity > 0 ? '+1' : '-1'), polarity: rule.polarity, speaker });
    }
  }
  return out.sort((a, b) => a.side.start - b.side.start);
}

function closeInTime(a: Article, b: Article): boolean {
  if (!a.published || !b.published) return true;
  return Math.abs(Date.parse(a.published) - Date.parse(b.published)) / 86_400_000 <= OUTCOME_WINDOW_DAYS;
}

function quoted(sides: readonly ContradictionSide[]): string {
  return [...new Set(sides.map((s) => `"${s.text}"`))].join(', ');
}
