import type { PloverType } from '../../model/event.js';

/**
 * PLOVER conflict-cooperation scores (PLOVER manual, score table; ACCUSE's base printed as 3 is
 * read as −3, the sign its modes carry). Mode scores override the base where the manual gives one.
 */
const BASE: Record<PloverType, number> = {
  AGREE: 2.5, CONSULT: 2.5, SUPPORT: 5, CONCEDE: 4.5, COOPERATE: 9.5, AID: 10, RETREAT: 6.5, REQUEST: 0,
  ACCUSE: -3, REJECT: -2, THREATEN: -3.5, PROTEST: -5, SANCTION: -6, MOBILIZE: -5.5, COERCE: -7, ASSAULT: -9,
};

const MODES: Partial<Record<PloverType, Record<string, number>>> = {
  CONSULT: { visit: 4, 'third-party': 1, multilateral: 4, phone: 1.5 },
  RETREAT: { withdraw: 8, release: 6.5, disarm: 10, ceasefire: 7.5, access: 6.5, resign: 4.5 },
  REQUEST: { assist: 0.5, change: -1, yield: -1, meet: 0 },
  ACCUSE: { disapprove: -2, investigate: -3.5, allege: -3.5 },
  REJECT: { assist: -1.5, change: -2, yield: -2, meet: -2 },
  THREATEN: { restrict: -3, arrest: -3.5, relations: -3.5, expel: -3.5, territory: -4, violence: -3.5 },
  PROTEST: { demo: -5, riot: -7, strike: -5, hunger: -4.5, boycott: -4.5, obstruct: -4.5 },
  SANCTION: { convict: -6, expel: -5.5, withdraw: -6, discontinue: -6 },
  MOBILIZE: { troops: -6.5, weapons: -6.5, police: -5.5, militia: -6 },
  COERCE: { seize: -7, restrict: -7, censor: -6.5, curfew: -6.5, 'martial-law': -7.5, arrest: -7, deport: -7, withhold: -7, misinformation: -6.5, cyber: -7 },
};

/** The PLOVER intensity of a type, or of its mode where the manual scores the mode. */
export function ploverIntensity(type: PloverType, mode: string | null): number {
  return (mode !== null ? MODES[type]?.[mode] : undefined) ?? BASE[type];
}
