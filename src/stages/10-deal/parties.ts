import type { Actor } from '../../model/actor.js';

/** The side an actor stands for: a country actor (or body, or the actor itself), with its code. */
export interface Party {
  id: string;
  code: string | null;
  name: string;
}

/** How actors map to parties: by country (international talks) or one party per actor (talks inside one country). */
export type PartyMode = 'country' | 'actor';

/**
 * Maps every actor to its party. In `country` mode a country stands for itself and a person,
 * official or agency for the country (or body) of its affiliation; groups stand for themselves;
 * organisations without a country are not parties (outlets, broadcasters). In `actor` mode each
 * named person, group or organisation is its own party; anonymous sources are none.
 */
export function partyIndex(actors: readonly Actor[], mode: PartyMode = 'country'): Map<string, Party> {
  const out = new Map<string, Party>();
  if (mode === 'actor') {
    for (const a of actors) if (a.kind !== 'anonymous') out.set(a.id, { id: a.id, code: a.affiliation, name: a.name });
    return out;
  }
  const byCode = new Map<string, Actor>();
  // Countries first, then bodies (EU, NATO): the actor a code stands for.
  for (const kind of ['country', 'organization', 'group'] as const) {
    for (const a of actors) if (a.kind === kind && a.affiliation && !byCode.has(a.affiliation)) byCode.set(a.affiliation, a);
  }
  for (const a of actors) {
    const code = a.affiliation;
    const side = code ? byCode.get(code) : undefined;
    if (side) out.set(a.id, { id: side.id, code, name: side.name });
    else if (a.kind === 'country' || a.kind === 'group') out.set(a.id, { id: a.id, code, name: a.name });
  }
  return out;
}

/** The two parties named most often: the sides of the talks, each the other's counterpart. */
export function mainParties(actors: readonly Actor[], parties: ReadonlyMap<string, Party>): string[] {
  const counts = new Map<string, number>();
  for (const a of actors) {
    const p = parties.get(a.id);
    if (p) counts.set(p.id, (counts.get(p.id) ?? 0) + a.mentions.length);
  }
  return [...counts].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0])).slice(0, 2).map(([id]) => id);
}
