import type { Contradiction } from '../../model/claim.js';
import type { Event } from '../../model/event.js';
import type { Quote } from '../../model/quote.js';
import { contentId } from '../../pipeline/ids.js';
import type { CheckContext } from './input.js';
import { SAME_QUOTE_OVERLAP } from './quote-claims.js';
import { forEachPair, indexByKey, later } from './pair-index.js';
import { createOverlapSearch, idOverlap } from './quote-pairs.js';
import { articleLabel, sideAt } from './spans.js';

/** Two reports of one act more than this many days apart are more likely two acts than one misdated. */
const SAME_ACT_MAX_DAYS = 7;

/**
 * Sources that date the same thing differently: the same quote of the same speaker said on
 * different days, or the same event (source, type, target, trigger) on different days.
 */
export function dateContradictions(ctx: CheckContext): Contradiction[] {
  return [...quoteDates(ctx), ...eventDates(ctx)];
}

function quoteDates(ctx: CheckContext): Contradiction[] {
  const dated = ctx.model.quotes.filter((q) => q.date !== null && q.speaker !== null && ctx.articles.has(q.article));
  const texts = dated.map(ctx.quoteText);
  // Same speaker and overlap ≥ 0.5: one speaker's overlap index finds every such pair.
  const overlapping = createOverlapSearch(texts, SAME_QUOTE_OVERLAP, (i) => ({ filed: [dated[i]!.speaker!], sought: [dated[i]!.speaker!] }));
  const out: Contradiction[] = [];
  const search = forEachPair(dated.length, overlapping, (i, j) => {
    const [a, b] = [dated[i]!, dated[j]!];
    if (a.article === b.article || a.speaker !== b.speaker || a.date === b.date) return;
    if (idOverlap(texts[i]!.ids, texts[j]!.ids) < SAME_QUOTE_OVERLAP || daysApart(a.date!, b.date!) > SAME_ACT_MAX_DAYS) return;
    out.push(pair(ctx, 'quote', a, b, a.date!, b.date!, `the same words of one speaker ("${a.text}")`));
  });
  ctx.searched('quote-date', search);
  return out;
}

function eventDates(ctx: CheckContext): Contradiction[] {
  const events = (ctx.model.events ?? []).filter((e) => e.date !== null && e.source !== null && e.target !== null && ctx.articles.has(e.article));
  // One act is one key (actors, type, negation, trigger stem); a reciprocal act is also looked up with its actors swapped.
  // A key in over MAX_BUCKET events is a recurring act ("X criticised Y" day after day), not one act dated two ways.
  const index = indexByKey(events.length, (i) => [actKey(events[i]!, false)]);
  const out: Contradiction[] = [];
  const search = forEachPair(events.length, (i, add) => {
    const e = events[i]!;
    later(index.get(actKey(e, false)), i, add);
    if (e.reciprocal) later(index.get(actKey(e, true)), i, add);
  }, (i, j) => {
    const [a, b] = [events[i]!, events[j]!];
    if (a.article === b.article || a.date === b.date || !sameAct(a, b) || daysApart(a.date!, b.date!) > SAME_ACT_MAX_DAYS) return;
    out.push(pair(ctx, 'event', a, b, a.date!, b.date!, `the same ${a.type} act ("${a.trigger}")`));
  });
  ctx.searched('event-date', search);
  return out;
}

// What sameAct compares, as one string; `swap` reads source and target the other way round.
function actKey(e: Event, swap: boolean): string {
  return [e.type, e.negated ? 'not' : 'did', triggerStem(e.trigger), swap ? e.target : e.source, swap ? e.source : e.target].join('\u0000');
}

// Same actors, type, negation and trigger stem: one act reported twice, not two acts.
function sameAct(a: Event, b: Event): boolean {
  const actors = (a.source === b.source && a.target === b.target) || (a.reciprocal && b.reciprocal && a.source === b.target && a.target === b.source);
  return actors && a.type === b.type && a.negated === b.negated && triggerStem(a.trigger) === triggerStem(b.trigger);
}

/** A crude stem of a trigger word ("rejected", "rejects", "rejecting" → "reject"), enough to tell one verb from another. */
export function triggerStem(trigger: string): string {
  const w = trigger.toLowerCase().trim().split(/\s+/)[0] ?? '';
  return w.replace(/(?:ing|ed|es|s)$/, '');
}

function pair(ctx: CheckContext, what: 'quote' | 'event', a: Quote | Event, b: Quote | Event, da: string, db: string, about: string): Contradiction {
  const [xa, xb] = [ctx.articles.get(a.article)!, ctx.articles.get(b.article)!];
  return {
    id: contentId('contradiction', 'date', a.id, b.id),
    kind: 'date',
    note: `${articleLabel(xa)} dates ${about} ${da}; ${articleLabel(xb)} dates it ${db}.`,
    sides: [sideAt(xa, a.start, a.end, `${what}-date`, da), sideAt(xb, b.start, b.end, `${what}-date`, db)],
    rule: `same-${what}-different-date`,
  };
}

function daysApart(a: string, b: string): number {
  return Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;
}
