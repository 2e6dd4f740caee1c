import { foldCase } from '../../text/fold-case.js';
import type { Tok } from './frame-tokens.js';
import { isNameWord, phraseEndingAt, type SpeakerPhrase } from './noun-phrase.js';
import { PRONOUN_BACK_REFERENCE, SOURCE_BACK_REFERENCE, TITLE_BACK_REFERENCE } from './rules/reference-rules.js';
import { PRONOUNS, SIDE_ALIASES, TITLE_RANKS, TITLE_SYNONYMS } from './rules/speaker-words.js';

/** What the text itself says a speaker phrase refers to, when no actor model links it. */
export interface SpeakerReading {
  /** The fullest name the article gives the person or body ("Volodymyr Zelenskiy" for "Zelenskiy", "he", "the Ukrainian leader"). */
  name: string | null;
  /** Anonymous sources: the description, lower-cased, where the source is introduced. */
  description: string | null;
  /** The earlier phrase a pronoun, title or "the source" refers back to. */
  antecedent: SpeakerPhrase | null;
  why: string[];
}

const PLURAL = new Set(PRONOUNS.plural);
const SINGULAR = new Set([...PRONOUNS.male, ...PRONOUNS.female]);
const fold = foldCase;
const lastWord = (s: string): string => fold(s.split(/\s+/u).pop() ?? '');

/** Capitalised names in a sentence with the title words before them ("Treasury Secretary Scott Bessent"). */
export function nameMentions(text: string, toks: readonly Tok[]): SpeakerPhrase[] {
  const out: SpeakerPhrase[] = [];
  for (let j = 0; j < toks.length; j += 1) {
    if (!isNameWord(toks[j]) || isNameWord(toks[j + 1])) continue;
    const p = phraseEndingAt(text, toks, j, 0);
    if (p && p.form === 'name') out.push(p);
  }
  return out;
}

/** A side named by a qualifier, folded so "U.S.", "US", "American" agree, as do "Ukrainian" and "Ukraine". */
function sideKey(q: string): string {
  const w = fold(q).replace(/\./g, '');
  const alias = Object.entries(SIDE_ALIASES).find(([, words]) => words.includes(w));
  return alias ? alias[0] : w.replace(/(?:ian|ean|an|ese|ish|i|a|e|y)$/u, '');
}

function sidesAgree(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === 0 || b.length === 0) return true;
  const bs = new Set(b.map(sideKey));
  return a.some((q) => bs.has(sideKey(q)));
}

function sameOffice(word: string, titles: readonly string[]): boolean {
  const group = TITLE_SYNONYMS.groups.find((g) => g.includes(word)) ?? [word];
  return titles.some((t) => group.includes(t));
}

/** The fullest name form in the article that ends with the same word and contains every word of `short`. */
function fullestName(short: string, names: readonly SpeakerPhrase[]): string {
  const words = short.split(/\s+/u).map(fold);
  let best = short;
  for (const n of names) {
    const nw = n.text.split(/\s+/u).map(fold);
    if (lastWord(n.text) === words[words.length - 1] && words.every((w) => nw.includes(w)) && nw.length > best.split(/\s+/u).length) best = n.text;
  }
  return best;
}

/**
 * Reads every speaker phrase of an article in text order: names to their fullest form, pronouns
 * to the last fitting speaker (or name) before them, titles to the last name with that office,
 * and "the source" to the source it refers back to.
 */
export function readSpeakers(speakers: readonly SpeakerPhrase[], names: readonly SpeakerPhrase[]): Map<SpeakerPhrase, SpeakerReading> {
  const readings = new Map<SpeakerPhrase, SpeakerReading>();
  const ordered = [...new Set(speakers)].sort((a, b) => a.start - b.start);
  const earlier = (p: SpeakerPhrase): SpeakerPhrase[] => ordered.filter((o) => o.start < p.start && readings.has(o)).reverse();
  for (const p of ordered) {
    if (p.form === 'name') {
      readings.set(p, { name: fullestName(p.text, names), description: p.kind === 'anonymous' ? fold(p.text) : null, antecedent: null, why: [] });
    } else if (p.form === 'source') {
      const back = p.definite ? earlier(p).find((o) => o.form === 'source' && !o.definite && o.head.replace(/s$/u, '') === p.head.replace(/s$/u, '') && o.plural === p.plural && sidesAgree(p.qualifiers, o.qualifiers)) : undefined;
      const own = back ? readings.get(back)?.description ?? null : fold(p.text);
      readings.set(p, { name: null, description: own, antecedent: back ?? null, why: back ? [SOURCE_BACK_REFERENCE.id] : [] });
    } else if (p.form === 'pronoun') {
      const plural = PLURAL.has(p.head);
      const fits = (o: SpeakerPhrase): boolean => (plural ? o.plural || o.kind === 'anonymous' && o.plural : SINGULAR.has(p.head) ? !o.plural && o.kind !== 'anonymous' && o.kind !== 'organization' : false);
      const back = earlier(p).find((o) => (o.form === 'pronoun' ? o.head === p.head : fits(o)));
      const viaSpeaker = back ? readings.get(back) : undefined;
      const name = viaSpeaker ?? (plural ? undefined : nearestName(p, names));
      readings.set(p, { name: name?.name ?? null, description: viaSpeaker?.description ?? null, antecedent: viaSpeaker?.antecedent ?? back ?? null, why: back || name ? [PRONOUN_BACK_REFERENCE.id] : [] });
    } else {
      const back = titleAntecedent(p, names);
      readings.set(p, { name: back ? fullestName(back.text, names) : null, description: null, antecedent: back ?? null, why: back ? [TITLE_BACK_REFERENCE.id] : [] });
    }
  }
  return readings;
}

interface Profile {
  titles: Set<string>;
  sides: Set<string>;
}

/** Every title word and side the article gives a name, over all its mentions ("Trump" and "US President Donald Trump"). */
function profiles(names: readonly SpeakerPhrase[]): Map<string, Profile> {
  const out = new Map<string, Profile>();
  for (const n of names) {
    const key = lastWord(n.text);
    const p = out.get(key) ?? { titles: new Set<string>(), sides: new Set<string>() };
    for (const t of n.titleWords) p.titles.add(t);
    for (const q of n.qualifiers) p.sides.add(sideKey(q));
    out.set(key, p);
  }
  return out;
}

const RANKS = new Set(TITLE_RANKS.words);
const ranksOf = (words: Iterable<string>): string => [...words].filter((w) => RANKS.has(w)).sort().join(' ');

/**
 * The name a title description refers back to: the nearest earlier name whose titles hold the
 * office (or a synonym) with the same rank and side; failing that, the nearest one that
 * contradicts none of them ("the Ukrainian leader" after a bare "Zelensky").
 */
function titleAntecedent(p: SpeakerPhrase, names: readonly SpeakerPhrase[]): SpeakerPhrase | undefined {
  const profile = profiles(names);
  const sides = p.qualifiers.map(sideKey);
  // A side is not its own leader: "Ukraine" is never "the Ukrainian leader".
  const before = [...names].reverse().filter((n) => n.start < p.start && n.kind === 'person' && !sides.includes(sideKey(n.text)));
  const fits = (n: SpeakerPhrase, strict: boolean): boolean => {
    const pr = profile.get(lastWord(n.text));
    if (!pr) return false;
    const office = pr.titles.size === 0 ? !strict : sameOffice(p.head, [...pr.titles]);
    const side = sides.length === 0 || pr.sides.size === 0 ? !strict || sides.length === 0 : sides.some((x) => pr.sides.has(x));
    return office && side && ranksOf(pr.titles) === ranksOf(p.titleWords);
  };
  return before.find((n) => fits(n, true)) ?? before.find((n) => fits(n, false));
}

function nearestName(p: SpeakerPhrase, names: readonly SpeakerPhrase[]): SpeakerReading | undefined {
  const back = [...names].reverse().find((n) => n.start < p.start && n.kind === 'person' && n.titleWords.length + 1 > 0);
  return back ? { name: fullestName(back.text, names), description: null, antecedent: back, why: [] } : undefined;
}
