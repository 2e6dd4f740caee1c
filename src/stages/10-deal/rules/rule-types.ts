import type { Stance } from '../../../model/deal.js';

/** An example of an issue frame or word list: the text, and the issue term it must yield. */
export interface TermExample {
  text: string;
  /** The term's name as the chunker prints it ("security guarantees", "access to minerals"). */
  term: string;
}

/**
 * A frame that introduces what parties argue about: the noun phrase right after the match is
 * read as an issue term ("demand for [security guarantees]", "seeks [access to minerals]").
 */
export interface IssueFrame {
  id: string;
  /** Matched on one sentence; the term starts where the match ends. Flags must include `g`. */
  pattern: RegExp;
  /**
   * The matched words themselves name a stake of this head ("excluded from [talks]" is about a
   * place in the talks): the phrase after the match becomes the complement of `head` + `prep`.
   */
  names?: { head: string; prep: string };
  reason: string;
  examples: readonly TermExample[];
  /** Texts where the frame must yield no term. */
  counterExamples: readonly string[];
}

/** A list of words the term chunker or clusterer treats alike, with examples of its effect. */
export interface WordList {
  id: string;
  reason: string;
  words: readonly string[];
  examples: readonly TermExample[];
  counterExamples: readonly TermExample[];
}

/** Head nouns that name the same kind of thing: terms with one modifier in common fall in one issue. */
export interface HeadFamily {
  id: string;
  /** The word the family is named by. */
  name: string;
  words: readonly string[];
  reason: string;
  /** Pairs of phrases that must fall in one issue. */
  examples: readonly (readonly [string, string])[];
  /** Pairs of phrases that must stay apart. */
  counterExamples: readonly (readonly [string, string])[];
}

/** Where a stance cue finds the party that holds the stance. */
export type HolderSlot =
  /** The clause subject: the nearest actor before the cue, not inside a prepositional phrase; in a quote, the speaker for "we/I". */
  | 'subject'
  /** The possessor or qualifier of a nominal cue ("Ukraine's demand", "U.S. demands"). */
  | 'possessor'
  /** The speaker of the quote the cue stands in ("give us …"). */
  | 'speaker'
  /** The author of the draft the cue says leaves the issue out ("the U.S. draft didn't include …"). */
  | 'draft-author'
  /** The country named on the issue itself ("continued U.S. support" is the U.S.'s to offer). */
  | 'issue-owner';

/** Where, relative to the cue, the issue is named. */
export type IssueScope = 'after' | 'before' | 'sentence';

/** An example of a stance cue: brackets mark actors ("[Ukraine]"), braces the issue ("{security guarantees}"). */
export interface StanceExample {
  text: string;
  /** Bracketed text of the expected holder's party. */
  party: string;
  issue: string;
  /** The speaker when the text (or its part in “ ”) is a direct quote. */
  speaker?: string;
  /** The stance expected when it is not the cue's own (a second holder the cue implies). */
  stance?: Stance;
}

/**
 * A stance cue as data: the words that show a party's stance on an issue, where the holder and
 * the issue are found, and examples that must (and must not) yield it.
 */
export interface StanceCue {
  id: string;
  stance: Stance;
  pattern: RegExp;
  holder: HolderSlot;
  scope: IssueScope;
  /** Several cues on one issue: the higher priority wins (red line over reject over demand). */
  priority: number;
  /** The draft's author holds this stance too: "unfair as it did not include X" is the complainant's condition and the author's omission. */
  alsoAuthor?: Stance;
  /** The clause subject holds this stance too: "the Ukrainians were disappointed that the U.S. draft didn't include X" — the author leaves X out, the Ukrainians ask for it. */
  alsoSubject?: Stance;
  reason: string;
  examples: readonly StanceExample[];
  counterExamples: readonly string[];
}

/** An outlook phrase as data: its pattern and weight from −1 (collapse) to +1 (signed). */
export interface OutlookRule {
  id: string;
  pattern: RegExp;
  weight: number;
  reason: string;
  examples: readonly string[];
  counterExamples: readonly string[];
}
