import { z } from 'zod';
import { TimelineEntry } from '../../model/event.js';
import { buildTimeline } from '../../stages/09-events/index.js';
import { byEventDate, EventRow, toEventRow } from './event-row.js';
import type { ModelView } from './model-view.js';

/** One act on the timeline: the same act reported by several articles, with every report and its words. */
export const ActRow = TimelineEntry.extend({
  sourceLabel: z.string().nullable(),
  targetLabel: z.string().nullable(),
  reports: z.array(EventRow),
});
export type ActRow = z.infer<typeof ActRow>;

/** The acts of the model (asserted ones only, unless `all`), merged across articles by the events stage's timeline. */
export function actRows(view: ModelView, all: boolean): ActRow[] {
  const events = view.parts.events.filter((e) => all || e.modality === 'asserted');
  const byId = new Map(events.map((e) => [e.id, e]));
  return buildTimeline(events, (id) => view.article(id)?.published ?? null).map((act) => {
    const reports = act.events.flatMap((id) => {
      const e = byId.get(id);
      return e ? [toEventRow(e, view)] : [];
    }).sort(byEventDate);
    return {
      ...act,
      sourceLabel: view.actorName(act.source) ?? reports[0]?.sourceLabel ?? null,
      targetLabel: view.actorName(act.target) ?? reports[0]?.targetLabel ?? null,
      reports,
    };
  });
}
