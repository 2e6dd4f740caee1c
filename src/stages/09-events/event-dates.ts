import type { DateMention } from '../../model/event.js';
import type { TriggerMatch } from './event-argument.js';
import { segmentIndex, type SentenceView } from './sentence-view.js';

function distance(a: { start: number; end: number }, b: { start: number; end: number }): number {
  if (a.end <= b.start) return b.start - a.end;
  if (b.end <= a.start) return a.start - b.end;
  return 0;
}

/** Beyond any distance within a sentence: a clause boundary outweighs characters. */
const CLAUSE_STEP = 10_000;

/**
 * Gives each date expression of a sentence to one event trigger: the nearest in its own clause;
 * else, from a main or participial clause, the first trigger of the nearest clause that has one
 * ("Vance criticized …, telling the Daily Mail on Wednesday" dates "criticized", the main verb).
 * Events whose sentence has no date
 * expression stay undated: never the publication date by default.
 */
export function assignDates(view: SentenceView, triggers: readonly TriggerMatch[]): Map<TriggerMatch, DateMention> {
  const out = new Map<TriggerMatch, DateMention>();
  const segOf = new Map(triggers.map((t) => [t, segmentIndex(view, t.start)]));
  const cost = (d: DateMention, t: TriggerMatch): number => {
    const ds = segmentIndex(view, d.start);
    const ts = segOf.get(t) ?? 0;
    if (ds === ts) return distance(d, t);
    const rank = triggers.filter((o) => segOf.get(o) === ts && o.start < t.start).length;
    return CLAUSE_STEP * Math.abs(ds - ts) + rank;
  };
  for (const d of view.dates) {
    const seg = view.segments[segmentIndex(view, d.start)];
    // A date in a coordinated or subordinate clause without a trigger dates that clause's own verb, not ours.
    const mayLeave = !seg || seg.kind === 'main' || seg.kind === 'participial';
    let best: TriggerMatch | null = null;
    for (const t of triggers) {
      if (!mayLeave && segOf.get(t) !== segmentIndex(view, d.start)) continue;
      if (!best || cost(d, t) < cost(d, best)) best = t;
    }
    if (!best) continue;
    const held = out.get(best);
    // Of two dates for one trigger, the day-precise, then the nearer, wins.
    if (!held || (held.precision !== 'day' && d.precision === 'day') || (held.precision === d.precision && cost(d, best) < cost(held, best))) out.set(best, d);
  }
  return out;
}
