import type { ActorKind } from '../../model/actor.js';
import type { Mention, Span, TextContext } from '../../model/language.js';
import type { PersonName } from './name-keys.js';

/** A mention tied to an actor, with the rule that tied it. */
export interface LinkedMention {
  article: string;
  mention: Mention;
  rule: string;
}

/** A role one article gives a person, from a title linked to one of its mentions. */
export interface RoleObservation {
  article: string;
  role: string;
  head: string;
  leader: boolean;
  status: string | null;
  /** Office words without country words, status and small words: what descriptions and scorers compare. */
  words: string[];
  /** Whether the title names a country, institution or possessor (the home-country rule skips those). */
  qualified: boolean;
  isRank: boolean;
  context: TextContext;
  start: number;
  end: number;
  rule: string;
}

/** Evidence for an affiliation; possessors point at another mention resolved after merging. */
export interface Evidence {
  article: string;
  rule: string;
  weight: number;
  code?: string;
  possessor?: Span;
}

/** The people of one article after linking titles and short names to full names. */
export interface LocalPerson {
  article: string;
  name: PersonName;
  mentions: LinkedMention[];
  roles: RoleObservation[];
  evidence: Evidence[];
  gender?: 'm' | 'f';
  why: Set<string>;
}

/** Any other actor seen in one article, keyed so that the same one merges across articles. */
export interface LocalActor {
  key: string;
  kind: ActorKind;
  name: string;
  code: string | null;
  mentions: LinkedMention[];
  why: Set<string>;
  /** Anonymous sources stay per article; the rest merge across articles by key. */
  perArticle: boolean;
  /** "Trump administration": resolved to the leader's country once people are known. */
  leaderSurname?: string;
  /** Sources like "Trump administration officials" whose side is the administration's country. */
  possessor?: Span;
}
