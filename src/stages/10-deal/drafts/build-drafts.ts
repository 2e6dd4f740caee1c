import type { Draft, DraftMention, Position } from '../../../model/deal.js';
import { contentId } from '../../../pipeline/ids.js';
import type { IssueMention } from '../issues/issue-mention.js';
import type { Party } from '../parties.js';
import { GENERATIONS, TALKS_CONTINUE } from '../rules/draft-words.js';
import type { ArticleContext } from '../text/article-context.js';
import type { FoundDraftMention } from './draft-mention.js';
import { demandedAmounts, draftTerms } from './draft-terms.js';
import { findDraftMentions } from './find-draft-mentions.js';
import { groupDate, groupReception, mergeDrafts } from './merge-drafts.js';
import { findAll } from '../../../text/find-all.js';
import { groupBy } from '../../../collections/group-by.js';

const TALKS_CONTINUE_ANYCASE = new RegExp(TALKS_CONTINUE.source, 'giu');

const rank = new Map(GENERATIONS.map((g) => [g.id, g.rank]));

/**
 * Every draft mention of the coverage, with authors completed: a rejected draft whose author
 * the text does not name is the other side's (the rejecting side's counterpart), and the newest
 * draft of an article that says talks go on is under negotiation.
 */
export function draftMentions(contexts: readonly ArticleContext[], partyOf: (actor: string) => Party | null, counterpart: (party: string) => string | null): FoundDraftMention[] {
  const out: FoundDraftMention[] = [];
  for (const ctx of contexts) {
    const found = findDraftMentions(ctx);
    for (const m of found) {
      if (m.author || !m.rejecter) continue;
      const side = partyOf(m.rejecter);
      const other = side ? counterpart(side.id) : null;
      if (other) { m.author = other; m.authorRule = 'draft-author-counterpart-of-rejecter'; m.why.push('draft-author-counterpart-of-rejecter'); }
    }
    // Said in the article's own voice: "You continue to work on this document" in a quote is a demand, not news that talks go on.
    const talks = findAll(TALKS_CONTINUE_ANYCASE, ctx.text).some((t) => !ctx.quotes.some((q) => q.kind === 'direct' && q.start <= t.index && t.index < q.end));
    if (talks) {
      const newest = [...found].sort((a, b) => (rank.get(b.generation) ?? -1) - (rank.get(a.generation) ?? -1) || b.start - a.start)[0];
      if (newest && newest.reception === 'unknown' && newest.generation !== 'initial') {
        newest.reception = 'under negotiation';
        newest.receptionRule = 'reception-talks-continue';
        newest.why.push('reception-talks-continue');
      }
    }
    out.push(...found);
  }
  return out;
}

function toMention(ctx: ArticleContext | undefined, m: FoundDraftMention): DraftMention {
  const text = ctx?.text ?? '';
  const span = (start: number, end: number): DraftMention['span'] => ({ article: m.article, start, end, text: text.slice(start, end) });
  return {
    span: span(m.start, m.end), evidence: span(m.sentenceStart, m.sentenceEnd), generation: m.generation, author: m.author,
    authorSpan: m.authorStart !== null && m.authorEnd !== null ? span(m.authorStart, m.authorEnd) : null,
    reception: m.reception, receptionSpan: m.receptionStart !== null && m.receptionEnd !== null ? span(m.receptionStart, m.receptionEnd) : null,
    date: m.date, rule: m.rule, why: m.why,
  };
}

/** The drafts of the deal, merged across articles and ordered by date (undated ones last). */
export function buildDrafts(contexts: readonly ArticleContext[], mentions: readonly FoundDraftMention[], issues: readonly IssueMention[], issueNames: ReadonlyMap<string, string>, partyOf: (actor: string) => Party | null, positions: readonly Position[] = []): Draft[] {
  const party = (actor: string | null): string | null => (actor ? partyOf(actor)?.id ?? actor : null);
  const byId = new Map(contexts.map((c) => [c.article.id, c]));
  const issuesOf = groupBy(issues, (m) => m.article);
  const positionsOf = groupBy(positions, (p) => p.article);
  const groups = mergeDrafts(mentions, party).map((g) => ({ g, date: groupDate(g) }))
    .sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999') || (rank.get(a.g.generation) ?? 3) - (rank.get(b.g.generation) ?? 3));
  return groups.map(({ g, date }, i) => {
    const first = g.mentions[0] as FoundDraftMention;
    const author = party(g.author);
    const who = author ? partyOf(author) : null;
    const word = g.mentions.find((m) => m.generationWord)?.generationWord ?? null;
    const head = g.mentions.find((m) => m.head === 'draft' || m.head === 'proposal')?.head ?? first.head;
    const { reception } = groupReception(g);
    const terms = g.mentions.flatMap((m) => { const ctx = byId.get(m.article); return ctx ? draftTerms(ctx, m, issuesOf.get(m.article) ?? [], issueNames) : []; });
    for (const article of new Set(g.mentions.map((m) => m.article))) {
      const ctx = byId.get(article);
      if (ctx) terms.push(...demandedAmounts(ctx, author, positionsOf.get(article) ?? []));
    }
    return {
      id: contentId('draft', author ?? '', g.generation, first.article, String(first.start)),
      label: `${word ? `${word} ` : ''}${head}${who ? ` by ${who.name}` : ''}${date ? ` (${date})` : ' (undated)'}`,
      author, authorCode: who?.code ?? null, date, order: i + 1, reception,
      articles: [...new Set(g.mentions.map((m) => m.article))],
      terms: [...new Map(terms.map((t) => [`${t.kind}|${t.span.article}|${t.span.start}`, t])).values()],
      mentions: g.mentions.map((m) => toMention(byId.get(m.article), m)),
    };
  });
}
