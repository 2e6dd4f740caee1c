import { z } from 'zod';
import { ActorKind } from '../../model/actor.js';
import type { ModelView } from './model-view.js';

export const NetworkNode = z.object({ id: z.string(), name: z.string(), kind: ActorKind, affiliation: z.string().nullable(), mentions: z.number().int() });
export const NetworkEdge = z.object({
  id: z.string(), source: z.string(), target: z.string(),
  weight: z.number().int(), quotes: z.number().int().describe('quotes in which one speaks of the other'), events: z.number().int(),
});
export const ActorNetwork = z.object({ nodes: z.array(NetworkNode), edges: z.array(NetworkEdge) });
export type ActorNetwork = z.infer<typeof ActorNetwork>;

/**
 * Actors linked when they co-occur in a fact: a quote's speaker and each actor named inside the
 * quote, and an event's source and target. Only actors with at least one link are nodes.
 */
export function buildActorNetwork(view: ModelView): ActorNetwork {
  const edges = new Map<string, { source: string; target: string; quotes: number; events: number }>();
  const link = (a: string, b: string, field: 'quotes' | 'events'): void => {
    if (a === b) return;
    const [source, target] = a < b ? [a, b] : [b, a];
    const key = `${source}|${target}`;
    const edge = edges.get(key) ?? { source, target, quotes: 0, events: 0 };
    edge[field] += 1;
    edges.set(key, edge);
  };
  const mentionsByArticle = new Map<string, { actor: string; start: number; end: number }[]>();
  for (const actor of view.model.actors) {
    for (const m of actor.mentions) mentionsByArticle.set(m.article, [...(mentionsByArticle.get(m.article) ?? []), { actor: actor.id, start: m.start, end: m.end }]);
  }
  for (const q of view.model.quotes) {
    if (!q.speaker) continue;
    const named = new Set((mentionsByArticle.get(q.article) ?? []).filter((m) => m.start >= q.start && m.end <= q.end).map((m) => m.actor));
    for (const other of named) link(q.speaker, other, 'quotes');
  }
  for (const e of view.parts.events) if (e.source && e.target) link(e.source, e.target, 'events');
  const ids = new Set([...edges.values()].flatMap((e) => [e.source, e.target]));
  const nodes = [...ids].flatMap((id) => {
    const a = view.actor(id);
    return a ? [{ id, name: a.name, kind: a.kind, affiliation: a.affiliation, mentions: a.mentions.length }] : [];
  });
  return {
    nodes: nodes.sort((x, y) => y.mentions - x.mentions || x.name.localeCompare(y.name)),
    edges: [...edges.values()].map((e) => ({ id: `${e.source}~${e.target}`, ...e, weight: e.quotes + e.events })),
  };
}
