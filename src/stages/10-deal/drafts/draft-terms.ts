import type { DraftTerm, Position } from '../../../model/deal.js';
import type { IssueMention } from '../issues/issue-mention.js';
import { RESOURCE_WORDS } from '../rules/resource-words.js';
import type { ArticleContext } from '../text/article-context.js';
import type { FoundDraftMention } from './draft-mention.js';

// Longest first, so "rare earth elements" wins over "rare earth".
const RESOURCES = new RegExp(`\\b(?:${[...RESOURCE_WORDS.words].sort((a, b) => b.length - a.length).map((w) => w.replace(/\s+/gu, '\\s+')).join('|')})\\b`, 'giu');
// Between a draft and an issue: the draft leaves it out.
const LEFT_OUT = /\b(?:not|n['’]t|no|without|fail(?:s|ed)?\s+to|lacks?|short\s+of)\b/iu;

/**
 * Amounts the draft's author demands in the same article ("U.S. demands for $500 billion"):
 * the money mentions in the sentences of its demand positions there.
 */
export function demandedAmounts(ctx: ArticleContext, author: string | null, positions: readonly Position[]): DraftTerm[] {
  if (!author) return [];
  const out: DraftTerm[] = [];
  for (const p of positions) {
    if (p.article !== ctx.article.id || p.party !== author || p.stance !== 'demand') continue;
    const s = ctx.sentences.find((x) => p.start >= x.start && p.start < x.end);
    for (const money of ctx.money) {
      if (s && money.start >= s.start && money.end <= s.end) out.push({ kind: 'amount', text: money.text, issue: p.issue, present: true, span: { article: ctx.article.id, start: money.start, end: money.end, text: ctx.text.slice(money.start, money.end) }, rule: 'draft-term-author-demands' });
    }
  }
  return out;
}

/** The terms a draft's sentences name: amounts (money mentions), resources, and issues present or left out. */
export function draftTerms(ctx: ArticleContext, m: FoundDraftMention, issues: readonly IssueMention[], names: ReadonlyMap<string, string>): DraftTerm[] {
  const out: DraftTerm[] = [];
  const span = (start: number, end: number): DraftTerm['span'] => ({ article: ctx.article.id, start, end, text: ctx.text.slice(start, end) });
  for (const money of ctx.money) {
    if (money.start >= m.sentenceStart && money.end <= m.sentenceEnd) out.push({ kind: 'amount', text: money.text, issue: null, present: true, span: span(money.start, money.end), rule: money.rule });
  }
  const sentence = ctx.text.slice(m.sentenceStart, m.sentenceEnd);
  for (const r of sentence.matchAll(RESOURCES)) {
    const start = m.sentenceStart + (r.index ?? 0);
    out.push({ kind: 'resource', text: r[0], issue: null, present: true, span: span(start, start + r[0].length), rule: RESOURCE_WORDS.id });
  }
  for (const i of issues) {
    if (i.article !== ctx.article.id || i.sentence !== m.sentence) continue;
    const between = i.start >= m.end ? ctx.text.slice(m.end, i.start) : '';
    const present = !LEFT_OUT.test(between);
    out.push({ kind: 'issue', text: names.get(i.issue) ?? ctx.text.slice(i.start, i.end), issue: i.issue, present, span: span(i.start, i.end), rule: present ? 'draft-term-issue' : 'draft-term-issue-left-out' });
  }
  return out;
}
