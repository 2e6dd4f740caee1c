import type { Event, TimelineEntry } from '../../model/event.js';
import { contentId } from '../../pipeline/ids.js';

/** Events are the same act when the pair of actors, type, negation and modality agree ... */
function pairKey(e: Event): string {
  return [e.type, ...[e.source ?? '-', e.target ?? '-'].sort(), e.negated ? 'neg' : 'pos', e.modality].join('|');
}

/** … and, unless one of them has no direction (a meeting, a call), the direction too. */
function directedKey(e: Event): string {
  return [e.type, e.source ?? '-', e.target ?? '-', e.negated ? 'neg' : 'pos', e.modality].join('|');
}

type Entry = TimelineEntry & { key: string; directed: string };

function sameAct(x: Entry, e: Event): boolean {
  return x.key === pairKey(e) && (x.reciprocal || e.reciprocal || x.directed === directedKey(e));
}

function newEntry(e: Event): Entry {
  return {
    key: pairKey(e), directed: directedKey(e), id: '', type: e.type, source: e.source, target: e.target, date: e.date, negated: e.negated,
    modality: e.modality, reciprocal: e.reciprocal, events: [e.id], articles: [e.article],
  };
}

function absorb(entry: Entry, e: Event): void {
  // A directed report fixes the direction of a meeting reported as mutual elsewhere.
  if (entry.reciprocal && !e.reciprocal) Object.assign(entry, { source: e.source, target: e.target, reciprocal: false, directed: directedKey(e) });
  entry.events.push(e.id);
  if (!entry.articles.includes(e.article)) entry.articles.push(e.article);
}

/**
 * The timeline: the same act reported by several articles (same actors, type and date) merged
 * into one entry with all its sources, in date order (undated acts last). An event without a
 * day joins a dated entry of the same act when its week or month holds that day, or — with no
 * date words at all — when that act has exactly one dated entry not after the article's
 * publication date (`publishedOf`).
 */
export function buildTimeline(events: readonly Event[], publishedOf: (article: string) => string | null = () => null): TimelineEntry[] {
  const entries: Entry[] = [];
  const dated = events.filter((e) => e.date !== null);
  const undated = events.filter((e) => e.date === null);
  for (const e of dated) {
    const same = entries.find((x) => sameAct(x, e) && x.date === e.date);
    if (same) absorb(same, e);
    else entries.push(newEntry(e));
  }
  for (const e of undated) {
    // An article cannot report an act dated after it was published.
    const published = publishedOf(e.article);
    const candidates = entries.filter((x) => sameAct(x, e) && x.date !== null && (published === null || x.date <= published));
    const inRange = e.dateFrom && e.dateTo ? candidates.filter((x) => x.date !== null && x.date >= (e.dateFrom ?? '') && x.date <= (e.dateTo ?? '')) : [];
    const target = inRange[0] ?? (e.dateFrom === null && candidates.length === 1 ? candidates[0] : undefined)
      ?? entries.find((x) => sameAct(x, e) && x.date === null);
    if (target) absorb(target, e);
    else entries.push(newEntry(e));
  }
  entries.sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.key.localeCompare(b.key));
  return entries.map(({ key, directed, ...entry }) => ({ ...entry, id: contentId('act', entry.reciprocal ? key : directed, entry.date ?? '') }));
}
