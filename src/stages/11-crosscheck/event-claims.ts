import type { Claim } from '../../model/claim.js';
import type { Event } from '../../model/event.js';
import { contentId } from '../../pipeline/ids.js';
import { createSourceCounter } from './independent-sources.js';
import type { CheckContext } from './input.js';

/** The identity of an act: type, actors (unordered when the act has no direction), date, negation. */
export function eventKey(e: Event): string | null {
  if (e.source === null || e.target === null || e.date === null) return null;
  const [s, t] = e.reciprocal && e.target < e.source ? [e.target, e.source] : [e.source, e.target];
  return [e.type, s, t, e.date, e.negated ? 'not' : 'did', e.modality].join('|');
}

/**
 * Events that at least `minOutlets` independent outlets report: same source, type, target and
 * date (and negation and modality). Events without both actors or without a date are left out:
 * "someone accused someone, some day" is not one act.
 */
export function eventClaims(ctx: CheckContext, minOutlets: number): Claim[] {
  const groups = new Map<string, Event[]>();
  for (const e of ctx.model.events ?? []) {
    const key = eventKey(e);
    if (key === null || !ctx.articles.has(e.article)) continue;
    const group = groups.get(key);
    if (group) group.push(e);
    else groups.set(key, [e]);
  }
  const names = new Map(ctx.model.actors.map((a) => [a.id, a.name]));
  const name = (id: string | null): string => (id === null ? '?' : names.get(id) ?? id);
  const sourcesOf = createSourceCounter(ctx.relations);
  const claims: Claim[] = [];
  for (const events of groups.values()) {
    const articleIds = [...new Set(events.map((e) => e.article))];
    if (articleIds.length < 2) continue;
    const sources = sourcesOf(articleIds);
    if (sources.length < minOutlets) continue;
    const e = events[0]!;
    claims.push({
      id: contentId('claim', 'event', ...events.map((x) => x.id)),
      kind: 'event', text: `${e.negated ? 'NOT ' : ''}${e.type}: ${name(e.source)} → ${name(e.target)}, ${e.date}`,
      speaker: null, type: e.type, source: e.source, target: e.target, date: e.date,
      supports: events.map((x) => ({ article: x.article, text: ctx.articles.get(x.article)!.text.slice(x.start, x.end), start: x.start, end: x.end, quote: null, event: x.id })),
      outlets: sources.length, sources, why: ['same-source-type-target-date'],
    });
  }
  return claims;
}
