import type { ArgUnit } from './argument-units.js';
import { DETERMINERS, MODIFIED_NOUNS, PREPOSITIONS, VERB_PRECEDERS } from './rules/word-lists.js';
import type { SentenceView } from './sentence-view.js';
import { wordsIn, wordSet, type Word } from './text-window.js';

const PREPS = wordSet(PREPOSITIONS.words);
const DETS = wordSet(DETERMINERS.words);
const PRECEDERS = wordSet(VERB_PRECEDERS.words);
const CONJUNCTIONS = wordSet(['and', 'or', '&']);
const MODIFIED = wordSet(MODIFIED_NOUNS.words);
/** Noun endings, for telling "U.S. influence" from "U.S. seeks" without part-of-speech tags. */
const NOUN_ENDING = /(?:tion|sion|ment|ness|ance|ence|ity|ism|ship|ure|age)s?$/u;
/** Words after a name that show it is not modifying a noun ("Ukraine rejected", "Trump said that"). */
const FUNCTION_WORDS = wordSet([...PREPOSITIONS.words, ...DETERMINERS.words, ...VERB_PRECEDERS.words, 'and', 'or', 'but', 'that', 'who', 'whom', 'whose', 'which', 'where', 'when', 'while', 'as', 'said', 'says', 'told', 'to']);

/** Connectors between coordinated names: "X and Y", "X, Y and Z", "X as well as Y". */
const CONNECTOR = /^\s*(?:,\s*)?(?:(?:and|or|as\s+well\s+as|&|but(?:\s+also)?)\s+)?(?:(?:the|both|also|other|some|all)\s+)*$/iu;

function unitHolding(view: SentenceView, pos: number): ArgUnit | undefined {
  return view.units.find((u) => pos >= u.start && pos < u.end);
}

/** Text of a gap with the date expressions in it blanked out ("Zelenskiy on Wednesday rejected"). */
function gapWithoutDates(view: SentenceView, from: number, to: number): string {
  let gap = view.text.slice(from, to);
  for (const d of view.dates) {
    if (d.start >= from && d.end <= to) gap = gap.slice(0, d.start - from) + ' '.repeat(d.end - d.start) + gap.slice(d.end - from);
  }
  return gap;
}

function wordsOfGap(gap: string, offset: number): Word[] {
  return wordsIn(gap, 0, gap.length).map((w) => ({ ...w, start: w.start + offset, end: w.end + offset }));
}

/**
 * The preposition that governs a name, skipping determiners and carrying through coordination
 * ("with both Ukraine and Russia": Russia is governed by "with"); null for a subject.
 */
export function governingPreposition(view: SentenceView, unit: ArgUnit, floor = view.start, depth = 0): string | null {
  const words = wordsIn(view.text, Math.max(floor, unit.start - 80), unit.start);
  for (let i = words.length - 1; i >= 0; i -= 1) {
    const w = words[i];
    if (!w) break;
    const holder = unitHolding(view, w.start);
    if (holder && holder !== unit) {
      // A name before a comma or conjunction: the same preposition governs both.
      const between = view.text.slice(holder.end, unit.start);
      return depth < 6 && CONNECTOR.test(between) && /&|\b(?:and|or)\b/u.test(between) ? governingPreposition(view, holder, floor, depth + 1) : null;
    }
    if (DETS.has(w.lower) || CONJUNCTIONS.has(w.lower)) continue;
    return PREPS.has(w.lower) ? w.lower : null;
  }
  return null;
}

/** True when the words between two units coordinate them. */
function coordinates(view: SentenceView, left: ArgUnit, right: ArgUnit): boolean {
  const gap = view.text.slice(left.end, right.start);
  if (!CONNECTOR.test(gap) || !/[,&]|\b(?:and|or|as\s+well\s+as|but)\b/iu.test(gap)) return false;
  if (left.possessive && !left.possessivePronoun) return false;
  // "war with Russia, and Zelensky accusing Trump": ", and" before a name and its verb joins clauses.
  if (/,\s*and\s/iu.test(gap) && /^\s+\p{Ll}+(?:ing|ed)\b/u.test(view.text.slice(right.end, right.end + 30))) return false;
  // "not just Trump, but Vance": "but" coordinates only after "not just" / "not only".
  if (/\bbut\b/iu.test(gap)) return /\bnot\s+(?:just|only)\s+(?:\S+\s+){0,3}$/iu.test(view.text.slice(Math.max(view.start, left.start - 30), left.start));
  return true;
}

/** The unit with its coordinated names, in text order ("Democrats and Republicans", "France, the UK and Germany"). */
export function conjuncts(view: SentenceView, unit: ArgUnit): ArgUnit[] {
  const i = view.units.indexOf(unit);
  if (i < 0) return [unit];
  let from = i;
  let to = i;
  for (let j = i - 1; j >= 0; j -= 1) {
    const l = view.units[j];
    const r = view.units[j + 1];
    if (!l || !r || !coordinates(view, l, r)) break;
    from = j;
  }
  for (let j = i + 1; j < view.units.length; j += 1) {
    const l = view.units[j - 1];
    const r = view.units[j];
    if (!l || !r || !coordinates(view, l, r)) break;
    to = j;
  }
  const chain = view.units.slice(from, to + 1);
  // Commas alone make an apposition or a list of clauses; a list of names ends with "and"/"or".
  const gaps = chain.slice(1).map((u, k) => view.text.slice(chain[k]?.end ?? u.start, u.start));
  return gaps.some((g) => /\b(?:and|or|as\s+well\s+as|but)\b|&/iu.test(g)) ? chain : [unit];
}

/** The name right before `pos` with only auxiliaries, negation, adverbs or dates between ("Zelenskiy on Wednesday rejected"). */
export function unitJustBefore(view: SentenceView, pos: number, floor: number): ArgUnit | null {
  const before = view.units.filter((u) => u.end <= pos && u.start >= floor);
  const u = before[before.length - 1];
  if (!u || u.possessive) return null;
  const gap = gapWithoutDates(view, u.end, pos);
  if (/[,;:—–()“”"]/u.test(gap)) return null;
  return wordsOfGap(gap, u.end).every((w) => PRECEDERS.has(w.lower) || /ly$/u.test(w.lower)) ? u : null;
}

/** The possessor of a noun trigger: "Trump's phone calls", "Kellogg's three-day trip", "his visit". */
export function possessorJustBefore(view: SentenceView, pos: number, floor: number): ArgUnit | null {
  const before = view.units.filter((u) => u.end <= pos && u.start >= floor);
  const u = before[before.length - 1];
  if (!u || !u.possessive) return null;
  const gap = gapWithoutDates(view, u.end, pos).replace(/^['’]s?/u, '');
  const words = wordsOfGap(gap, u.end);
  if (/[,;:—–()]/u.test(gap) || words.length > 3) return null;
  return words.every((w) => !PREPS.has(w.lower) && !PRECEDERS.has(w.lower) && /^\p{Ll}/u.test(w.text)) ? u : null;
}

/**
 * True when a name modifies the noun after it ("U.S. aid", "U.S. demands") rather than being a
 * party itself. Nationality adjectives are never counted: "Ukrainian counterpart" names Ukraine.
 */
export function isModifier(view: SentenceView, unit: ArgUnit): boolean {
  if (unit.head.kind === 'nationality' || unit.possessive) return false;
  const m = /^\s(\p{Ll}[\p{L}-]*)/u.exec(view.text.slice(unit.end, unit.end + 40));
  const next = m?.[1];
  if (next === undefined || FUNCTION_WORDS.has(next)) return false;
  const at = unit.end + 1;
  if (view.dates.some((d) => at >= d.start && at < d.end)) return false;
  // wink-nlp's tags are not read here: on the gold they lost one event and 1.4 points of
  // PETRARCH event type against these word lists.
  return MODIFIED.has(next) || NOUN_ENDING.test(next);
}

/** The first name after "by" in text[from, to) that is not a possessor ("by Trump's special envoy, Kellogg" → Kellogg). */
export function agentAfter(view: SentenceView, from: number, to: number): ArgUnit | null {
  const by = wordsIn(view.text, from, to).find((w) => w.lower === 'by');
  if (!by) return null;
  return view.units.find((u) => u.start >= by.end && u.end <= to && !u.possessive && !isModifier(view, u)) ?? null;
}

/** The one or two words right after a unit, lower-cased ("advisers" in "Putin's advisers", "top advisers" in "his top advisers"). */
export function wordsAfterUnit(view: SentenceView, unit: ArgUnit): string[] {
  const m = /^(?:['’]s?)?\s+(\p{L}[\p{L}-]*)(?:\s+(\p{L}[\p{L}-]*))?/u.exec(view.text.slice(unit.end, unit.end + 40));
  return [m?.[1], m?.[2]].filter((w): w is string => w !== undefined).map((w) => w.toLowerCase());
}
