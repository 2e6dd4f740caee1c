import type { SpeakerForm, SpeakerKind } from '../../model/quote.js';
import type { Tok } from './frame-tokens.js';
import { CUE_WORDS } from './match-cues.js';
import { BODY_WORDS, DETERMINERS, GENERIC_HEAD, HONORIFICS, NOT_HEADS, NOT_NAMES, PRONOUNS, SOURCE_COMPLEMENTS, SOURCE_HEADS, SPEAKER_MODIFIERS, TITLE_WORDS } from './rules/speaker-words.js';

/** A phrase that names or describes a speaker, located in the text. */
export interface SpeakerPhrase {
  /** Token indexes of the whole phrase (inclusive). */
  first: number;
  last: number;
  /** Offsets of the whole phrase, titles and complement included ("Ukrainian President Volodymyr Zelensky"). */
  phraseStart: number;
  phraseEnd: number;
  /** Offsets of the words that name the speaker: the name, the pronoun, or the whole description. */
  start: number;
  end: number;
  text: string;
  form: SpeakerForm;
  kind: SpeakerKind | null;
  /** Lower-case head word ("official", "leader", "zelensky"). */
  head: string;
  plural: boolean;
  /** "the", a possessive, or none: a definite description refers back. */
  definite: boolean;
  /** Capitalised modifiers that name a side ("U.S.", "Ukrainian"). */
  qualifiers: string[];
  /** Lower-case office words in the phrase ("vice", "president"). */
  titleWords: string[];
  /** Rule ids that shaped the phrase. */
  why: string[];
}

const set = (words: readonly string[]): Set<string> => new Set(words.map((w) => w.toLowerCase()));
const DET = set(DETERMINERS);
const TITLE = set(TITLE_WORDS.words);
const BODY = set(BODY_WORDS);
const SOURCE = set(SOURCE_HEADS.words);
const MODIFIER = set(SPEAKER_MODIFIERS.words);
const HONORIFIC = set(HONORIFICS.words);
const NOT_NAME = set(NOT_NAMES);
const NOT_HEAD = set(NOT_HEADS);
const PRONOUN = set(PRONOUNS.words);
const COMPLEMENT = set(SOURCE_COMPLEMENTS.words);
const INDEFINITE = set(['a', 'an', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'several', 'some', 'many', 'multiple', 'other', 'another', 'dozens', 'numerous', 'various', 'few']);
/** Words that end a source's complement: the verb or a new clause starts there. */
const COMPLEMENT_END = new Set([...['who', 'that', 'which', 'has', 'have', 'had', 'is', 'was', 'were', 'are', 'will', 'would', 'also', 'now'], ...CUE_WORDS]);
/** Tokens a described (common-noun) speaker may follow: it must open its clause. */
const OPENS_CLAUSE = set(['that', 'and', 'but', 'while', 'as', 'because', 'since', 'when', 'after', 'before', 'although', 'though', 'so', 'if']);
/** How many common words may stand between a determiner and the noun of a described speaker. */
const MAX_GENERIC = 3;

const isWord = (t: Tok | undefined): t is Tok => t !== undefined && t.kind === 'word';
const isPossessive = (t: Tok): boolean => /['’]s?$/u.test(t.text) && t.text.length > 2;
const bare = (t: Tok): string => t.lower.replace(/'s?$/u, '');
/** A capitalised word that can be part of a name ("Zelensky", "U.S.", "JD"). */
export const isNameWord = (t: Tok | undefined): boolean => isWord(t) && t.cap && !NOT_NAME.has(t.lower) && !isPossessive(t);
const isTitle = (t: Tok): boolean => TITLE.has(t.lower);
const isSource = (t: Tok): boolean => SOURCE.has(t.lower);
const isDet = (t: Tok): boolean => DET.has(t.lower) || /^\d+$/u.test(t.lower);
/** A common word that can be part of a described speaker ("cast", "black", "ad’s"). */
const isCommon = (t: Tok | undefined): t is Tok => isWord(t) && !t.cap && !NOT_HEAD.has(bare(t)) && !PRONOUN.has(t.lower) && !CUE_WORDS.has(t.lower) && !/ly$/u.test(t.lower) && /^\p{Ll}/u.test(t.text);
/** A word that can sit inside a speaker phrase before its head. */
function isInner(t: Tok): boolean {
  if (!isWord(t)) return false;
  if (t.cap && !NOT_NAME.has(t.lower)) return true;
  return isPossessive(t) ? /^\p{Lu}/u.test(t.text) || MODIFIER.has(bare(t)) || TITLE.has(bare(t)) : TITLE.has(t.lower) || MODIFIER.has(t.lower) || HONORIFIC.has(t.lower) || SOURCE.has(t.lower);
}
/** A word that can end a speaker phrase. */
const isHead = (t: Tok | undefined): boolean => isWord(t) && !isPossessive(t) && (isNameWord(t) || isTitle(t) || isSource(t));
/** Can the token before a phrase open a clause (sentence start, punctuation, a quote, a conjunction)? */
const opensBefore = (t: Tok | undefined): boolean => t === undefined || t.kind !== 'word' || OPENS_CLAUSE.has(t.lower);

/** A source head followed by its complement ending at j: "a source familiar with the negotiations". */
function complementHead(toks: readonly Tok[], j: number, floor: number): number {
  for (let h = j - 1; h >= Math.max(floor, j - 9); h -= 1) {
    const t = toks[h];
    if (!isWord(t)) return -1;
    const next = toks[h + 1];
    if ((isSource(t) || isTitle(t)) && isWord(next) && COMPLEMENT.has(next.lower) && next.lower !== 'who') {
      for (let k = h + 1; k <= j; k += 1) if (!isWord(toks[k]) || COMPLEMENT_END.has(toks[k]?.lower ?? '')) return -1;
      return h;
    }
  }
  return -1;
}

/** Extends a head leftwards over modifiers, names, titles and one determiner. */
function leftEdge(toks: readonly Tok[], head: number, floor: number): number {
  let k = head - 1;
  while (k >= floor) {
    const t = toks[k];
    if (!t) break;
    // One determiner opens the phrase; a second may precede it ("three other sources").
    if (isWord(t) && isDet(t)) {
      const before = toks[k - 1];
      if (k - 1 >= floor && before && isWord(before) && isDet(before)) return k - 1;
      return k;
    }
    if (isInner(t)) {
      k -= 1;
      continue;
    }
    // "Secretary of State Marco Rubio"; "U.S. and Ukrainian officials" (only a described head joins two sides).
    const before = toks[k - 1];
    const joins = t.lower === 'of' || t.lower === '&' || (t.lower === 'and' && !isNameWord(toks[head]));
    if (isWord(t) && joins && before && k - 1 >= floor && isWord(before) && before.cap && toks[k + 1]?.cap) {
      k -= 1;
      continue;
    }
    break;
  }
  return k + 1;
}

/** A described speaker ending at j: a determiner, a few common words and a noun ("the ad’s narrator"); -1 if none. */
function genericFirst(toks: readonly Tok[], j: number, floor: number): number {
  if (!isCommon(toks[j]) || isPossessive(toks[j] as Tok)) return -1;
  for (let k = j - 1; k >= Math.max(floor, j - MAX_GENERIC - 1); k -= 1) {
    const t = toks[k];
    if (!isWord(t)) return -1;
    if (isDet(t)) return opensBefore(toks[k - 1]) || k === floor ? k : -1;
    if (!isCommon(t) && !isInner(t)) return -1;
  }
  // Plural nouns need no determiner at the start of a clause ("top black lawmakers said").
  for (let k = j; k >= Math.max(floor, j - MAX_GENERIC + 1); k -= 1) if (opensBefore(toks[k - 1]) && /s$/u.test(toks[j]?.lower ?? '')) return k;
  return -1;
}

/** Builds the phrase record for tokens first..last whose head is at `head`. */
export function describePhrase(text: string, toks: readonly Tok[], first: number, head: number, last: number, why: string[]): SpeakerPhrase | null {
  const h = toks[head];
  const f = toks[first];
  const l = toks[last];
  if (!h || !f || !l) return null;
  const det = isDet(f) ? f.lower : null;
  const definite = det === 'the' || ['his', 'her', 'their', 'its', 'our'].includes(det ?? '') || toks.slice(first, head).some(isPossessive);
  const titleWords = toks.slice(first, head + 1).filter((t) => isWord(t) && (TITLE.has(t.lower) || MODIFIER.has(t.lower))).map((t) => t.lower);
  // A name's run of capitalised words ends at the head; its qualifiers come before the run.
  let s = head;
  if (isNameWord(h)) while (s - 1 >= first && isNameWord(toks[s - 1]) && !TITLE.has(toks[s - 1]?.lower ?? '') && !HONORIFIC.has(toks[s - 1]?.lower ?? '')) s -= 1;
  const qualifiers = [...toks.slice(first, s), ...toks.slice(head + 1, last + 1)].filter((t) => isWord(t) && t.cap && !TITLE.has(t.lower) && !MODIFIER.has(t.lower) && !DET.has(t.lower) && !HONORIFIC.has(t.lower)).map((t) => t.text.replace(/['’]s?$/u, ''));
  const plural = /s$/u.test(h.lower) && !/ss$/u.test(h.lower) && (!h.cap || det !== null);
  const phrase = (form: SpeakerForm, kind: SpeakerKind | null, from: number, to: number): SpeakerPhrase => ({
    first, last, phraseStart: f.start, phraseEnd: l.end, start: from, end: to, text: text.slice(from, to), form, kind, head: h.lower, plural, definite, qualifiers, titleWords, why,
  });
  if (head === first && head === last && PRONOUN.has(h.lower)) return phrase('pronoun', null, h.start, h.end);
  if (isSource(h)) return phrase('source', 'anonymous', f.start, l.end);
  const indefinite = det !== null && INDEFINITE.has(det);
  if (isTitle(h)) {
    const body = BODY.has(h.lower);
    if (indefinite || (plural && det === null)) return phrase('source', body ? 'organization' : 'anonymous', f.start, l.end);
    return phrase('title', body ? 'organization' : 'person', f.start, l.end);
  }
  if (!isNameWord(h)) return phrase(indefinite ? 'source' : 'title', null, f.start, l.end);
  return phrase('name', plural && head === s ? 'organization' : 'person', toks[s]?.start ?? h.start, h.end);
}

/** The speaker phrase ending at token j (inclusive), or null. */
export function phraseEndingAt(text: string, toks: readonly Tok[], j: number, floor: number): SpeakerPhrase | null {
  const t = toks[j];
  if (!isWord(t) || j < floor) return null;
  if (PRONOUN.has(t.lower)) return describePhrase(text, toks, j, j, j, [PRONOUNS.id]);
  const ch = complementHead(toks, j, floor);
  const head = ch >= 0 ? ch : isHead(t) ? j : -1;
  if (head < 0) {
    const g = genericFirst(toks, j, floor);
    return g >= 0 ? describePhrase(text, toks, g, j, j, [GENERIC_HEAD.id]) : null;
  }
  let first = leftEdge(toks, head, floor);
  // Common words before a described head, back to a clause opening: "top black lawmakers said".
  if (!isNameWord(toks[head])) {
    let g = first;
    while (g - 1 >= floor && first - g < MAX_GENERIC && isCommon(toks[g - 1])) g -= 1;
    if (g < first && opensBefore(toks[g - 1])) first = g;
  }
  const why = ch >= 0 ? [SOURCE_HEADS.id, SOURCE_COMPLEMENTS.id] : [];
  let phrase = describePhrase(text, toks, first, head, j, why);
  // Coordinated sources: "a Ukrainian official, a U.S. official and three sources with knowledge".
  while (phrase && phrase.form === 'source' && first - 2 >= floor) {
    const joint = toks[first - 1];
    if (!joint || !(joint.lower === 'and' || joint.lower === ',')) break;
    const before = phraseEndingAt(text, toks, first - 2, floor);
    if (!before || before.form !== 'source') break;
    first = before.first;
    phrase = describePhrase(text, toks, first, head, j, why);
  }
  return phrase;
}

/** The speaker phrase starting at token i, ending before `limit`, or null. */
export function phraseStartingAt(text: string, toks: readonly Tok[], i: number, limit: number): SpeakerPhrase | null {
  const t = toks[i];
  if (!isWord(t)) return null;
  if (PRONOUN.has(t.lower)) return describePhrase(text, toks, i, i, i, [PRONOUNS.id]);
  let k = i;
  if (isDet(t)) k += 1;
  if (isDet(t) && isWord(toks[k]) && isDet(toks[k] as Tok)) k += 1;
  let head = -1;
  while (k < limit) {
    const w = toks[k];
    if (!w) break;
    if (isInner(w)) {
      if (isHead(w)) head = k;
      k += 1;
      continue;
    }
    const next = toks[k + 1];
    if (isWord(w) && (w.lower === 'of' || w.lower === '&') && toks[k - 1]?.cap && next?.cap) {
      k += 1;
      continue;
    }
    // Coordination: "U.S. and Ukrainian officials", "a Ukrainian official and three other sources".
    if (isWord(w) && w.lower === 'and' && next && isWord(next) && (isInner(next) || isDet(next))) {
      k += isDet(next) ? 2 : 1;
      continue;
    }
    if (w.lower === ',' && next && isWord(next) && isDet(next) && head >= 0 && isSource(toks[head] as Tok)) {
      k += 2;
      continue;
    }
    break;
  }
  if (head < 0) {
    // A described speaker: "the announcer", "the ad’s narrator".
    if (!isDet(t)) return null;
    let g = i + 1;
    while (g < limit && g - i <= MAX_GENERIC && (isCommon(toks[g]) || isInner(toks[g] as Tok))) g += 1;
    const last = g - 1;
    return last > i && isCommon(toks[last]) && !isPossessive(toks[last] as Tok) ? describePhrase(text, toks, i, last, last, [GENERIC_HEAD.id]) : null;
  }
  let last = head;
  const why: string[] = [];
  const h = toks[head];
  // A source's complement runs to the verb: "sources with knowledge of the call tell Axios".
  if (h && (isSource(h) || isTitle(h)) && isWord(toks[head + 1]) && COMPLEMENT.has(toks[head + 1]?.lower ?? '') && toks[head + 1]?.lower !== 'who') {
    let e = head + 1;
    while (e + 1 < limit && e - head < 8 && isWord(toks[e + 1]) && !COMPLEMENT_END.has(toks[e + 1]?.lower ?? '')) e += 1;
    last = e;
    why.push(SOURCE_COMPLEMENTS.id);
  }
  return describePhrase(text, toks, i, head, last, why);
}

/** A described source after "according to": every word up to the punctuation that ends it ("the nonpartisan Congressional Budget Office"). */
export function phraseUpToPunctuation(text: string, toks: readonly Tok[], i: number, max: number): SpeakerPhrase | null {
  let k = i;
  while (k < toks.length && k - i < max && (toks[k]?.kind === 'word' || toks[k]?.kind === 'title')) k += 1;
  if (k === i || (k < toks.length && !/^[,.;:!?)—–-]$/u.test(toks[k]?.text ?? '') && toks[k]?.kind !== 'quote')) return null;
  const head = k - 1;
  return describePhrase(text, toks, i, head, head, [GENERIC_HEAD.id]);
}
