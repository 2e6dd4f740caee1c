import type { Modality, PloverType } from '../../../model/event.js';

/**
 * An example sentence for a rule. Actor mentions are marked with brackets ("[Zelensky] met
 * [Kellogg]"), the minimal actor spotting the rule tests use; the expectation is checked
 * through the whole stage.
 */
export interface TriggerExample {
  text: string;
  /** Publication date for the example, when the expectation is about dates. */
  published?: string;
  type?: PloverType;
  /** Bracketed text of the expected source and target, or null for none. */
  source?: string | null;
  target?: string | null;
  negated?: boolean;
  modality?: Modality;
  date?: string | null;
}

/** Where a rule takes its source from. */
export type SourceSlot =
  /** Possessor of a nominal trigger, else the word before it, a by-agent, the clause subject, or the subject carried over. */
  | 'subject'
  /** The reporting speaker ("Waltz said", "according to …"), for acts that are the words themselves. */
  | 'speaker'
  /** "pressure from X", "criticism from X". */
  | 'from'
  /** "left out of talks between X and Y": the first party of the talks, else the last meeting's source. */
  | 'host';

/** Where a rule takes its target from. */
export type TargetSlot =
  /** The first actor after the trigger (direct object or with/to/for phrase), with its conjuncts. */
  | 'object'
  /** The subject of the trigger's own clause ("the U.S. president was living in disinformation"). */
  | 'clause-subject'
  /** The owner of the rejected thing ("his offer", "U.S. demands", "a proposal by X"). */
  | 'owner'
  /** The party left out: the clause subject ("Ukraine was not invited") or the object of "without". */
  | 'excluded'
  /** The subject of the sentence's main clause ("despite pressure from X, Ukraine …"). */
  | 'main-subject'
  /** A reaction ("drawing a rebuke from Y") targets the source of the act reported before it in the sentence. */
  | 'reaction';

/**
 * A trigger as data: the words that signal an event of one PLOVER type, where its source and
 * target come from, and examples that must (and must not) produce it.
 */
export interface TriggerRule {
  id: string;
  type: PloverType;
  /** PLOVER mode where the manual defines one. */
  mode?: string;
  /** The CAMEO code this trigger corresponds to. */
  cameo: string;
  /** Matched on the sentence; the named group `t` (or the whole match) is the trigger. Flags must include `g`. */
  pattern: RegExp;
  source: SourceSlot;
  target: TargetSlot;
  /** A noun trigger ("talks", "allegations"): "not" or "to" before it belongs to another verb ("not invited to talks"). */
  noun?: boolean;
  /** Meetings, calls, talks: no direction, source and target are interchangeable. */
  reciprocal?: boolean;
  /** "X and Y met", "American and Ukrainian officials met", "X told Y during a call": the other side comes from the subject's clause. */
  splitSubject?: boolean;
  /** The object is the first noun phrase after the verb: a name after another noun phrase ("criticised the government for claiming the EU …") is not it. */
  firstNounPhrase?: boolean;
  /** Prepositions that may introduce the object ('' = a direct object); any when unset. */
  objectVia?: readonly string[];
  /** With no subject, the reporting speaker is the source ("an official said there would be no signing"). */
  speakerFallback?: boolean;
  /** With no words for the target, the linker may take the other side of the talks. */
  counterpart?: boolean;
  /** "criticized Zelensky's approach": a possessor after the trigger is the target. */
  possessorTarget?: boolean;
  /** The trigger itself states that the act did not happen ("was not invited"). */
  negated?: boolean;
  /** Drop the event when no target is found. */
  needsTarget?: boolean;
  /** The rest of the sentence after the trigger must (or must not) match. */
  after?: RegExp;
  notAfter?: RegExp;
  /** The text just before the trigger must not match (checked on the 40 characters before it). */
  notBefore?: RegExp;
  /** The sentence before the trigger must match ("without" counts only after a meeting word). */
  before?: RegExp;
  /** The whole sentence must (or must not) match ("attacked" is force only among words of force). */
  sentenceHas?: RegExp;
  sentenceLacks?: RegExp;
  /** May fire inside a long direct quote (the speaker's own words). */
  inQuotes?: boolean;
  /** Confidence the rule gives its events. Not calibrated. */
  confidence?: number;
  reason: string;
  examples: readonly TriggerExample[];
  counterExamples: readonly string[];
}

/** A word list used by the argument and modality finders, with examples of its effect. */
export interface WordList {
  id: string;
  reason: string;
  words: readonly string[];
  examples: readonly TriggerExample[];
  counterExamples: readonly string[];
}
