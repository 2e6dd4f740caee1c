import { groupBy } from '../../../collections/group-by.js';
import type { Position } from '../../../model/deal.js';
import { contentId } from '../../../pipeline/ids.js';
import type { IssueMention } from '../issues/issue-mention.js';
import type { Party } from '../parties.js';
import type { ArticleContext } from '../text/article-context.js';
import { findPositions } from './find-positions.js';
import type { AuthoredDraft } from './holder.js';
import { markChanges } from './mark-changes.js';
import type { RawPosition } from './raw-position.js';

/** Confidence by how the holder was found: named in the sentence, speaking, or inferred. Set, not calibrated. */
const HOLDER_CONFIDENCE: Record<string, number> = {
  'holder-subject': 0.7, 'holder-subject-in-quote': 0.7, 'holder-quote-speaker': 0.8, 'holder-possessor': 0.8, 'holder-event-source': 0.8,
  'holder-draft-author': 0.7, 'holder-issue-owner': 0.6, 'holder-earlier-draft-author': 0.5,
};

function toPosition(ctx: ArticleContext, p: RawPosition): Position {
  const sentence = ctx.sentences[p.cue.sentence];
  const inSentence = (x: number | null): x is number => x !== null && !!sentence && x >= sentence.start && x < sentence.end;
  const start = Math.min(p.cue.start, p.mention.start, ...(inSentence(p.holder.start) ? [p.holder.start] : []));
  const end = Math.max(p.cue.end, p.mention.end);
  const span = (a: number, b: number): Position['cue'] => ({ article: ctx.article.id, start: a, end: b, text: ctx.text.slice(a, b) });
  return {
    id: contentId('position', p.party, p.mention.issue, p.stance, ctx.article.id, String(p.cue.start), String(p.mention.start)),
    party: p.party, partyCode: p.partyCode, issue: p.mention.issue, stance: p.stance, date: p.date, dateBasis: p.dateBasis,
    article: ctx.article.id, start, end, evidence: ctx.text.slice(start, end),
    cue: span(p.cue.start, p.cue.end), issueSpan: span(p.mention.start, p.mention.end),
    holder: p.holder.start !== null && p.holder.end !== null ? span(p.holder.start, p.holder.end) : null,
    holderActor: p.holder.actor, source: p.holder.source, sourceId: p.holder.sourceId,
    rule: p.cue.cue.id, why: p.why, changed: false, previousStance: null,
    confidence: p.why.includes('holder-asks-for-issue') || p.why.includes('subject-complains-about-draft') ? 0.5 : HOLDER_CONFIDENCE[p.holder.rule] ?? 0.5,
  };
}

/** Every article's positions in the export shape, in date order, with changes of stance flagged. */
export function buildPositions(contexts: readonly ArticleContext[], mentions: readonly IssueMention[], drafts: readonly (AuthoredDraft & { article: string })[], partyOf: (actor: string) => Party | null): Position[] {
  const out: Position[] = [];
  const mentionsOf = groupBy(mentions, (m) => m.article);
  const draftsOf = groupBy(drafts, (d) => d.article);
  for (const ctx of contexts) {
    const mine = mentionsOf.get(ctx.article.id) ?? [];
    const authored = draftsOf.get(ctx.article.id) ?? [];
    out.push(...findPositions(ctx, mine, authored, partyOf).map((p) => toPosition(ctx, p)));
  }
  return markChanges(out);
}
