import type { DateBasis, Stance } from '../../../model/deal.js';
import type { IssueMention } from '../issues/issue-mention.js';
import type { CueMatch } from './cue-match.js';
import type { Holder } from './holder.js';

/** A position as one article states it, before ids, changes and export. */
export interface RawPosition {
  party: string;
  partyCode: string | null;
  stance: Stance;
  mention: IssueMention;
  cue: CueMatch;
  holder: Holder;
  date: string | null;
  dateBasis: DateBasis;
  priority: number;
  why: string[];
}
