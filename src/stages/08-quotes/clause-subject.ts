import type { Tok } from './frame-tokens.js';
import { phraseStartingAt, type SpeakerPhrase } from './noun-phrase.js';
import { CLAUSE_BOUNDARIES, FRONTED_OPENERS, TIME_WORDS } from './rules/frame-words.js';

const BOUNDARY = new Set(CLAUSE_BOUNDARIES);
const FRONTED = new Set(FRONTED_OPENERS);
const TIME = new Set(TIME_WORDS.words);
/** Words after a phrase that show it is not a subject but part of a longer phrase ("Ukraine and Russia"). */
const NOT_A_VERB = new Set(['and', 'or', 'of']);

/** Skips a fronted adverbial ("However,", "Also on Saturday", "In recent days,") at token i. */
function afterFronted(toks: readonly Tok[], from: number, limit: number): number {
  // A list bullet ("- Some Republicans …") is not part of the clause.
  let i = from;
  while (i < limit && toks[i]?.kind === 'punct' && /^[-–—•*·]$/u.test(toks[i]?.text ?? '')) i += 1;
  const t = toks[i];
  if (!t || !FRONTED.has(t.lower)) return i;
  // Up to the first comma within a short run ("In recent days, …").
  for (let k = i; k < Math.min(limit, i + 8); k += 1) {
    if (toks[k]?.lower === ',') return k + 1;
    if (toks[k]?.kind !== 'word') break;
  }
  // Or over time words without a comma ("Also on Saturday Ukraine’s foreign minister …").
  let k = i;
  while (k < limit && (FRONTED.has(toks[k]?.lower ?? '') || TIME.has(toks[k]?.lower ?? ''))) k += 1;
  return k;
}

/**
 * The subject of the clause that token `before` ends: the speaker of a participle after a comma
 * ("Zelenskyy publicly objected, saying …"). Looks back for the nearest clause start whose first
 * phrase can be a subject.
 */
export function clauseSubject(text: string, toks: readonly Tok[], before: number): SpeakerPhrase | null {
  for (let b = before; b >= -1; b -= 1) {
    const t = b >= 0 ? toks[b] : undefined;
    const starts = b < 0 || t?.lower === ':' || (t !== undefined && t.kind === 'word' && BOUNDARY.has(t.lower));
    if (!starts) continue;
    const i = afterFronted(toks, b + 1, before + 1);
    const phrase = phraseStartingAt(text, toks, i, before + 1);
    const next = phrase ? toks[phrase.last + 1] : undefined;
    // A subject is followed by its verb, a comma (an aside) or an adverb, not by more of a noun phrase.
    if (phrase && next && (next.kind === 'word' ? !next.cap && !NOT_A_VERB.has(next.lower) : next.lower === ',')) return phrase;
  }
  return null;
}
