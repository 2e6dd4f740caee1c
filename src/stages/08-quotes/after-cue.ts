import type { FrameContext } from './frame.js';
import type { Tok } from './frame-tokens.js';
import { isNameWord, phraseStartingAt, type SpeakerPhrase } from './noun-phrase.js';
import { ADJUNCT_OPENERS, CLAUSE_STARTERS, DATELINE, FINITE_MARKERS, HEARER_PRONOUNS, NOMINALISATIONS, NOT_CLAUSE_STARTS, TIME_WORDS } from './rules/frame-words.js';
import { isParticiple, isQuote } from './token-shapes.js';

// What may follow a verb of saying: time words, a hearer, "that", a bare clause, a quote.

const TIME = new Set(TIME_WORDS.words);
const ADJUNCT = new Set([...ADJUNCT_OPENERS, ...TIME_WORDS.words]);
const STARTERS = new Set(CLAUSE_STARTERS.words);
const NOT_STARTS = new Set(NOT_CLAUSE_STARTS);
const FINITE = new Set(FINITE_MARKERS.words);
const NOMINAL = new Set(NOMINALISATIONS.words);
const HEARERS = new Set(HEARER_PRONOUNS);
/** How many words of adjunct may stand between a verb and its "that" ("said in a … interview aired Sunday that"). */
const MAX_ADJUNCT = 14;
/** How far a finite verb may sit from the start of a bare reported clause. */
const FINITE_WITHIN = 7;

/** Words that open a time phrase only when a time word follows ("on Wednesday", not "insisted on"). */
const TIME_OPENERS = new Set(['on', 'last', 'this', 'next', 'late']);

/** Skips time words after a verb ("said on Wednesday night", "said Thursday"). */
export function skipTime(toks: readonly Tok[], from: number): number {
  let a = from;
  for (;;) {
    const w = toks[a]?.lower ?? '';
    if (TIME_OPENERS.has(w) && TIME.has(toks[a + 1]?.lower ?? '') && !TIME_OPENERS.has(toks[a + 1]?.lower ?? '')) a += 2;
    else if (TIME.has(w) && !TIME_OPENERS.has(w)) a += 1;
    else return a;
  }
}

/** Where a clause with a trailing frame starts: the sentence start, after a short label ("Behind the scenes:") or a dateline. */
export function clauseStart(text: string, toks: readonly Tok[]): number {
  for (let k = 0; k < Math.min(toks.length, 8); k += 1) {
    const t = toks[k];
    if (t?.lower === ':') return k + 1;
    if (t?.kind !== 'word') break;
  }
  const first = toks[0];
  const dateline = first ? DATELINE.exec(text.slice(first.start, first.start + 80)) : null;
  if (first && dateline) {
    const after = first.start + dateline[0].length;
    const k = toks.findIndex((t) => t.start >= after);
    if (k > 0) return k;
  }
  return 0;
}

/**
 * Does a reported clause open at token a? After "that" anything does; without it, a determiner or
 * pronoun, a gerund, or a subject followed soon by a finite verb ("said local officials should").
 */
export function startsClause(toks: readonly Tok[], a: number, relative: boolean): boolean {
  const t = toks[a];
  if (!t || t.kind !== 'word') return false;
  if (relative) return !t.cap && !NOT_STARTS.has(t.lower);
  if (NOT_STARTS.has(t.lower)) return false;
  if (STARTERS.has(t.lower) || isParticiple(t)) return true;
  for (let k = a + 1; k < Math.min(toks.length, a + FINITE_WITHIN); k += 1) {
    const w = toks[k];
    if (!w || w.kind === 'punct') break;
    if (FINITE.has(w.lower) || /n't$/u.test(w.lower)) return true;
  }
  // A name then a lower-case verb: "says Machado promised", "said Republican Donald Trump favors".
  let k = a;
  while (isNameWord(toks[k])) k += 1;
  const verb = toks[k];
  return k > a && verb?.kind === 'word' && !verb.cap && /(?:ed|s)$/u.test(verb.lower) && !/ss$/u.test(verb.lower);
}

/** Token index of "that" opening the content after adjuncts ("said in a … interview aired Sunday that"), or -1. */
export function thatAfter(toks: readonly Tok[], a: number, hearer: boolean): number {
  for (let k = a; k < Math.min(toks.length, a + MAX_ADJUNCT); k += 1) {
    const t = toks[k];
    if (!t) return -1;
    // A place name may carry commas: "at a campaign stop in Toledo, Ohio, that …".
    const placeComma = t.lower === ',' && toks[k - 1]?.cap && (toks[k + 1]?.cap || toks[k + 1]?.lower === 'that');
    if (t.kind !== 'word' && t.kind !== 'title' && !placeComma) return -1;
    if (t.lower === 'that') {
      if (k > a && NOMINAL.has(toks[k - 1]?.lower ?? '')) return -1;
      return k === a || hearer || ADJUNCT.has(toks[a]?.lower ?? '') ? k : -1;
    }
  }
  return -1;
}

/** Index of a comma or colon followed by a quote after the cue's adjuncts ("telling the Daily Mail on Wednesday, “…”"), or -1. */
export function quoteIntro(toks: readonly Tok[], a: number): number {
  for (let k = a; k < Math.min(toks.length, a + MAX_ADJUNCT); k += 1) {
    const t = toks[k];
    if (!t) return -1;
    if (t.kind === 'quote') return k === a ? k - 1 : -1;
    if ((t.lower === ',' || t.lower === ':') && isQuote(toks[k + 1])) return k;
    if (t.kind !== 'word' && t.kind !== 'title') return -1;
  }
  return -1;
}

/** Skips a tell-type verb's hearer ("told African-Americans this weekend"): a pronoun, a name or a short noun phrase. */
export function afterHearer(ctx: FrameContext, a: number): number {
  const t = ctx.toks[a];
  if (!t || t.kind !== 'word') return a;
  if (HEARERS.has(t.lower)) return a + 1;
  const phrase = phraseStartingAt(ctx.text, ctx.toks, a, ctx.toks.length);
  return phrase ? phrase.last + 1 : a;
}

/** The end of a frame's own words: the next comma, colon, quote or the sentence end. */
export function regionEnd(toks: readonly Tok[], from: number): number {
  let k = from;
  while (k < toks.length && toks[k]?.kind !== 'quote' && !/^[,;:.!?]$/u.test(toks[k]?.text ?? '')) k += 1;
  return toks[k - 1]?.end ?? toks[from]?.start ?? 0;
}

/** Index of the first token after the frame's own words (hearer, adjuncts), from token a. */
export function frameEndTok(toks: readonly Tok[], a: number): number {
  let k = a;
  while (k < toks.length && (toks[k]?.kind === 'word' || toks[k]?.kind === 'title' || toks[k]?.text === '(' || toks[k]?.text === ')')) k += 1;
  return k;
}

/** ", citing X" in the rest of the sentence. */
export function citingAfter(ctx: FrameContext, from: number): SpeakerPhrase | null {
  for (let k = from; k < ctx.toks.length - 1; k += 1) {
    if (ctx.toks[k]?.lower === ',' && ctx.toks[k + 1]?.lower === 'citing') return phraseStartingAt(ctx.text, ctx.toks, k + 2, ctx.toks.length);
  }
  return null;
}
