import type { ActorAt } from '../text/article-context.js';
import type { Word } from '../text/words.js';

/** A noun phrase read as a possible issue: its head, modifiers and complement, and the actors it names as owners. */
export interface Term {
  /** The frame rule that introduced it, or "alias" when found by an issue's alias. */
  rule: string;
  article: string;
  sentence: number;
  /** Span from the first to the last kept word. */
  start: number;
  end: number;
  head: Word;
  modifiers: Word[];
  prep: Word | null;
  complement: Word[];
  /** The actor the complement names, when it is one ("accession to [the EU]"): matched by actor, not by spelling. */
  complementActor: string | null;
  /** Countries or people named as owners or qualifiers inside the phrase ("U.S. security guarantees"). */
  owners: ActorAt[];
  /** As a reader would print it: "security guarantees", "access to rare earth minerals". */
  name: string;
}

/** The stems a term is matched and clustered on: modifiers and complement words (or the complement's actor), not the head. */
export function topicStems(t: Pick<Term, 'modifiers' | 'complement' | 'complementActor'>): string[] {
  const complement = t.complementActor ? [`@${t.complementActor}`] : t.complement.map((w) => w.stem);
  return [...t.modifiers.map((w) => w.stem), ...complement];
}
