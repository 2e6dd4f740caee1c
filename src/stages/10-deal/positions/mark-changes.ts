import type { Position, Stance } from '../../../model/deal.js';

/** Which way a stance leans: asking for the issue, giving it, or refusing it. */
const LEAN: Record<Stance, 'asks' | 'gives' | 'refuses'> = {
  demand: 'asks', require: 'asks', 'red line': 'asks', offer: 'gives', accept: 'gives', reject: 'refuses',
};

/**
 * Orders positions by date and flags changes: a party's stance on an issue changed when it
 * leans another way than its last stance on an earlier day (asking → giving, giving →
 * refusing …). Demand, require and red line lean the same way, so sharpening is not a change.
 */
export function markChanges(positions: Position[]): Position[] {
  const sorted = [...positions].sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.article.localeCompare(b.article) || a.start - b.start);
  const last = new Map<string, Position>();
  for (const p of sorted) {
    const k = `${p.party}|${p.issue}`;
    const prev = last.get(k);
    if (prev && p.date && prev.date && prev.date < p.date && LEAN[prev.stance] !== LEAN[p.stance]) {
      p.changed = true;
      p.previousStance = prev.stance;
    }
    if (p.date) last.set(k, p);
  }
  return sorted;
}
