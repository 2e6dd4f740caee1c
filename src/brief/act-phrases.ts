import type { PloverType } from '../model/event.js';

/** How the brief words each PLOVER type in a sentence: "X accused Y", "X did not agree with Y". */
export const ACT_PHRASES: Record<PloverType, { done: string; notDone: string }> = {
  AGREE: { done: 'agreed with', notDone: 'did not agree with' },
  CONSULT: { done: 'met or talked with', notDone: 'did not meet or talk with' },
  SUPPORT: { done: 'backed', notDone: 'did not back' },
  CONCEDE: { done: 'gave ground to', notDone: 'did not give ground to' },
  COOPERATE: { done: 'cooperated with', notDone: 'did not cooperate with' },
  AID: { done: 'gave aid to', notDone: 'did not give aid to' },
  RETREAT: { done: 'pulled back from', notDone: 'did not pull back from' },
  REQUEST: { done: 'made a demand of', notDone: 'made no demand of' },
  ACCUSE: { done: 'criticised or accused', notDone: 'did not criticise' },
  REJECT: { done: 'rejected', notDone: 'did not reject' },
  THREATEN: { done: 'threatened', notDone: 'did not threaten' },
  PROTEST: { done: 'protested against', notDone: 'did not protest against' },
  SANCTION: { done: 'sanctioned', notDone: 'did not sanction' },
  MOBILIZE: { done: 'mobilised against', notDone: 'did not mobilise against' },
  COERCE: { done: 'coerced', notDone: 'did not coerce' },
  ASSAULT: { done: 'attacked', notDone: 'did not attack' },
};
