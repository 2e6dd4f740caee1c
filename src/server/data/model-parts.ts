import { z } from 'zod';
import type { DealModel } from '../../analysis/build-model.js';
import { Claim, Contradiction } from '../../model/claim.js';
import { Draft, Issue, Outlook, OutlookTrend, Position } from '../../model/deal.js';
import type { Event } from '../../model/event.js';
import { DerivationLink, DuplicateLink } from '../../model/relation.js';

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

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function readAll<T>(schema: z.ZodType<T>, value: unknown): { items: T[]; status: PartStatus } {
  if (!Array.isArray(value)) return { items: [], status: { present: false, items: 0, rejected: 0 } };
  const items: T[] = [];
  for (const raw of value) {
    const parsed = schema.safeParse(raw);
    if (parsed.success) items.push(parsed.data);
  }
  return { items, status: { present: true, items: items.length, rejected: value.length - items.length } };
}

/**
 * The one place that knows where the deal model (stage 10), the cross-check (stage 11) and the
 * source relations (stage 05) sit on a DealModel while they are being wired in: top level, or
 * under `deal`, `crosscheck` or `relations`. Items that do not match their schema are counted, not shown.
 */
export function readModelParts(model: DealModel): ModelParts {
  const top: Record<string, unknown> = { ...model };
  const nests = [top.deal, top.crosscheck, top.relations].filter(isRecord);
  const pick = (key: string, withTop = true): unknown => [...(withTop ? [top] : []), ...nests].map((n) => n[key]).find((v) => v !== undefined);
  // DealModel.issues holds stage failures, so deal issues are never read from the top level.
  const parts = {
    events: { items: model.events, status: { present: true, items: model.events.length, rejected: 0 } },
    dealIssues: readAll(Issue, top.dealIssues ?? pick('issues', false)),
    positions: readAll(Position, pick('positions')),
    drafts: readAll(Draft, pick('drafts')),
    outlook: readAll(Outlook, pick('outlook')),
    claims: readAll(Claim, pick('claims')),
    contradictions: readAll(Contradiction, pick('contradictions')),
    duplicates: readAll(DuplicateLink, pick('duplicates')),
    derivations: readAll(DerivationLink, pick('derivations')),
  };
  const trend = OutlookTrend.safeParse(pick('trend'));
  const notes = z.array(z.string()).safeParse(pick('notes'));
  const status = Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, v.status])) as Record<PartName, PartStatus>;
  return {
    events: parts.events.items, dealIssues: parts.dealIssues.items, positions: parts.positions.items, drafts: parts.drafts.items,
    outlook: parts.outlook.items, trend: trend.success ? trend.data : null, dealNotes: notes.success ? notes.data : [],
    claims: parts.claims.items, contradictions: parts.contradictions.items, duplicates: parts.duplicates.items, derivations: parts.derivations.items,
    status,
  };
}
