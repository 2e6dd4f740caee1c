import type { IssueMention } from '../issues/issue-mention.js';
import type { Party } from '../parties.js';
import { STANCE_CUES } from '../rules/stance-cues.js';
import type { StanceCue } from '../rules/rule-types.js';
import type { ArticleContext } from '../text/article-context.js';
import { findCues, type CueMatch } from './cue-match.js';
import { findHolder, type AuthoredDraft } from './holder.js';
import { mentionsInScope } from './issue-scope.js';
import { positionDate } from './position-date.js';
import type { RawPosition } from './raw-position.js';

/**
 * Reads every party's stance on every issue one article states: each stance cue, the issues
 * in its scope, and the party holding it. Several cues on one party and one mention: the
 * highest priority wins. One position per party, issue and stance per article.
 */
// "Will the U.S. offer …?": a question asks about a stance, it does not state one.
const QUESTION = /^[\s\-–—•*]*(?:will|would|can|could|should|shall|is|are|does|do|did|has|have|how|what|why|when|where|who)\b[^?]*\?\s*$/iu;

export function findPositions(ctx: ArticleContext, mentions: readonly IssueMention[], drafts: readonly AuthoredDraft[], partyOf: (actor: string) => Party | null, cues: readonly StanceCue[] = STANCE_CUES): RawPosition[] {
  const hasParty = (actor: string): boolean => partyOf(actor) !== null;
  const found: RawPosition[] = [];
  const add = (p: Omit<RawPosition, 'date' | 'dateBasis'>): void => {
    const { date, basis } = positionDate(ctx, p.cue, p.holder);
    found.push({ ...p, date, dateBasis: basis });
  };
  const pending: { cue: CueMatch; mention: IssueMention }[] = [];
  for (const cue of findCues(ctx, cues)) {
    const s = ctx.sentences[cue.sentence];
    if (s && QUESTION.test(ctx.text.slice(s.start, s.end))) continue;
    for (const mention of mentionsInScope(ctx, cue, mentions)) {
      const holder = findHolder(ctx, cue, cue.cue.holder, mention, drafts, hasParty);
      const party = holder ? partyOf(holder.actor) : null;
      if (holder && party) add({ party: party.id, partyCode: party.code, stance: cue.cue.stance, mention, cue, holder, priority: cue.cue.priority, why: [cue.cue.id, holder.rule, mention.rule] });
      else pending.push({ cue, mention });
      // A second holder the same words imply: the draft's author, or the side complaining about it.
      for (const [slot, stance] of [['draft-author', cue.cue.alsoAuthor], ['subject', cue.cue.alsoSubject]] as const) {
        if (!stance) continue;
        const other = findHolder(ctx, cue, slot, mention, drafts, hasParty);
        const otherParty = other ? partyOf(other.actor) : null;
        if (other && otherParty && otherParty.id !== party?.id) {
          add({ party: otherParty.id, partyCode: otherParty.code, stance, mention, cue, holder: other, priority: 1, why: [cue.cue.id, other.rule, slot === 'draft-author' ? 'author-left-it-out' : 'subject-complains-about-draft', mention.rule] });
        }
      }
    }
  }
  // A condition with no named holder ("was held up by the issue of X") is the side's that asks for X here.
  for (const { cue, mention } of pending) {
    if (cue.cue.stance !== 'require' && cue.cue.stance !== 'red line') continue;
    const asker = found.find((p) => p.mention.issue === mention.issue && (p.stance === 'demand' || p.stance === 'require' || p.stance === 'red line'));
    if (asker) add({ ...asker, stance: cue.cue.stance, mention, cue, priority: cue.cue.priority, why: [cue.cue.id, 'holder-asks-for-issue', mention.rule] });
  }
  // Strongest cue per party and mention, then one position per party, issue and stance.
  const best = new Map<string, RawPosition>();
  for (const p of found) {
    const key = `${p.party}|${p.mention.start}`;
    const prev = best.get(key);
    if (!prev || p.priority > prev.priority) best.set(key, p);
  }
  const seen = new Set<string>();
  return [...best.values()].sort((a, b) => a.cue.start - b.cue.start).filter((p) => {
    const key = `${p.party}|${p.mention.issue}|${p.stance}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
