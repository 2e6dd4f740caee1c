import { z } from 'zod';
import { Stance, type Position } from '../../model/deal.js';
import type { ModelView } from './model-view.js';

/** A party's stance on an issue, with the names and the words it rests on. */
export const PositionRow = z.object({
  id: z.string(), party: z.string(), partyLabel: z.string(), issue: z.string(), issueName: z.string(),
  stance: Stance, date: z.string().nullable(), dateBasis: z.string(), article: z.string(), start: z.number().int(), end: z.number().int(),
  evidence: z.string().describe('the article text at start..end'),
  holder: z.string().nullable().describe('who the text says holds it, when not the party itself'),
  changed: z.boolean(), previousStance: Stance.nullable(),
});
export type PositionRow = z.infer<typeof PositionRow>;

export function toPositionRow(p: Position, view: ModelView): PositionRow {
  const issue = view.parts.dealIssues.find((i) => i.id === p.issue);
  const text = view.article(p.article)?.text;
  return {
    id: p.id, party: p.party, partyLabel: view.actorName(p.party) ?? p.partyCode ?? p.party, issue: p.issue, issueName: issue?.name ?? p.issue,
    stance: p.stance, date: p.date, dateBasis: p.dateBasis, article: p.article, start: p.start, end: p.end,
    evidence: text ? text.slice(p.start, p.end) : p.evidence,
    holder: p.holderActor && p.holderActor !== p.party ? view.actorName(p.holderActor) : (p.holder?.text ?? null),
    changed: p.changed, previousStance: p.previousStance,
  };
}

/** Oldest first; undated last. */
export function byPositionDate(x: PositionRow, y: PositionRow): number {
  return (x.date ?? '9999').localeCompare(y.date ?? '9999') || x.article.localeCompare(y.article) || x.start - y.start;
}

/** "red line" → "red-line", for a CSS class. */
export const stanceClass = (stance: string): string => `stance-${stance.replace(/\s+/g, '-')}`;
