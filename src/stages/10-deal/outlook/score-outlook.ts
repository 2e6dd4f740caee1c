import { findAll } from '../../../text/find-all.js';
import type { Article } from '../../../model/article.js';
import type { Outlook, OutlookPhrase, OutlookTrend } from '../../../model/deal.js';
import { OUTLOOK_RULES } from '../rules/outlook-phrases.js';
import type { OutlookRule } from '../rules/rule-types.js';

/** Outlook phrases in a text, earlier rules first; a phrase overlapping one already found is skipped. */
export function findOutlookPhrases(text: string, article: string, field: OutlookPhrase['field'], rules: readonly OutlookRule[] = OUTLOOK_RULES): OutlookPhrase[] {
  const out: OutlookPhrase[] = [];
  const lower = text.toLowerCase();
  for (const rule of rules) {
    for (const { index: start, end, text: phrase } of findAll(rule.pattern, text, lower)) {
      if (out.some((p) => p.start < end && start < p.end)) continue;
      out.push({ article, start, end, text: phrase, field, weight: rule.weight, rule: rule.id });
    }
  }
  return out.sort((a, b) => Number(a.field === 'text') - Number(b.field === 'text') || a.start - b.start);
}

/**
 * The article's outlook from its phrases (title and body): each rule counts once however
 * often it fires, and strong phrases count more (the mean of weights, weighted by strength:
 * Σ w·|w| / Σ |w|), so one "looking more likely" outweighs a page of "frustration". 0 with none.
 */
export function scoreOutlook(article: Article): Outlook {
  const spans = [
    ...(article.title ? findOutlookPhrases(article.title, article.id, 'title') : []),
    ...findOutlookPhrases(article.text, article.id, 'text'),
  ];
  const weights = [...new Map(spans.map((p) => [p.rule, p.weight])).values()];
  const strength = weights.reduce((s, w) => s + Math.abs(w), 0);
  const score = strength > 0 ? weights.reduce((s, w) => s + w * Math.abs(w), 0) / strength : 0;
  return { article: article.id, date: article.published, score: Math.round(score * 100) / 100, phrases: spans.map((p) => p.text), spans };
}

/** The outlook over time: mean score per publication day, and whether it rose or fell from first to last. */
export function outlookTrend(outlook: readonly Outlook[]): OutlookTrend {
  const byDay = new Map<string, number[]>();
  for (const o of outlook) if (o.date) byDay.set(o.date, [...(byDay.get(o.date) ?? []), o.score]);
  const points = [...byDay].sort(([a], [b]) => a.localeCompare(b)).map(([date, scores]) => ({
    date, score: Math.round((scores.reduce((s, x) => s + x, 0) / scores.length) * 100) / 100, articles: scores.length,
  }));
  const first = points[0];
  const last = points[points.length - 1];
  const change = first && last && points.length > 1 ? Math.round((last.score - first.score) * 100) / 100 : null;
  const direction = change === null ? 'unknown' : change > 0.1 ? 'improving' : change < -0.1 ? 'worsening' : 'steady';
  return { points, change, direction };
}
