import { z } from 'zod';
import type { ServedModel } from '../../analysis/model-thread.js';
import type { Claim, Contradiction } from '../../model/claim.js';
import type { Draft, Issue, Outlook, OutlookTrend, Position } from '../../model/deal.js';
import type { Event } from '../../model/event.js';
import type { DerivationLink, DuplicateLink } from '../../model/relation.js';

/** Whether a part of the model exists yet, and how many of its items the pages could read. */
export const PartStatus = z.object({
  present: z.boolean().describe('false until the stage that makes this part is wired into the model'),
  items: z.number().int(),
  rejected: z.number().int().describe('items that did not match the shape the pages read'),
});
export type PartStatus = z.infer<typeof PartStatus>;

export type PartName = 'events' | 'dealIssues' | 'positions' | 'drafts' | 'outlook' | 'claims' | 'contradictions' | 'duplicates' | 'derivations';

/** The parts of the model beyond articles, actors and quotes: empty (never absent) so every page renders. */
export interface ModelParts {
  events: Event[];
  dealIssues: Issue[];
  positions: Position[];
  drafts: Draft[];
  outlook: Outlook[];
  trend: OutlookTrend | null;
  /** What the deal model says it could not do ("3 undated articles excluded"). */
  dealNotes: string[];
  claims: Claim[];
  contradictions: Contradiction[];
  duplicates: DuplicateLink[];
  derivations: DerivationLink[];
  status: Record<PartName, PartStatus>;
}

/** The parts of the model the pages read beyond articles, actors and quotes, with their counts. */
export function readModelParts(model: ServedModel): ModelParts {
  const { deal, crosscheck, relations } = model;
  const parts = {
    events: model.events, dealIssues: deal.issues, positions: deal.positions, drafts: deal.drafts, outlook: deal.outlook,
    claims: crosscheck.claims, contradictions: crosscheck.contradictions, duplicates: relations.duplicates, derivations: relations.derivations,
  };
  const status = Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, { present: true, items: v.length, rejected: 0 }])) as Record<PartName, PartStatus>;
  return { ...parts, trend: deal.trend, dealNotes: deal.notes, status };
}
