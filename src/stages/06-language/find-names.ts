import type { Mention, Qualifier } from '../../model/language.js';
import { LEADER_ADMINISTRATION, ORG_SUFFIXES } from './rules/organizations.js';
import { FUNCTION_WORDS, MONTH_SURNAMES, NAME_PARTICLES, NOT_NAMES, PLACE_OPENERS, PLACE_WORDS } from './rules/names.js';
import { TITLE_MODIFIERS } from './rules/titles.js';
import { addMention, isCapitalised, type Scan } from './scan.js';
import { afterDeterminer, afterPlaceWord, capsUninformative, inApposition, isSpeaker, titleEndingAt, titleStartsRightAfter } from './name-evidence.js';
import { Shape, type TextWork } from './text-work.js';

const ORG_SUFFIX = new Set(ORG_SUFFIXES.words);
const ADMIN_WORDS = new Set(LEADER_ADMINISTRATION.words);
const PARTICLES = new Set(NAME_PARTICLES.words);
const NEVER_NAMES = new Set(NOT_NAMES.words);
const OFFICE_MODIFIERS = new Set(TITLE_MODIFIERS.words);
const FUNCTION = new Set(FUNCTION_WORDS.words);
const MONTHS_AS_NAMES = new Set(MONTH_SURNAMES.words);
const PLACE_ENDS = new Set(PLACE_WORDS.words);
const PLACE_STARTS = new Set(PLACE_OPENERS.words);
const QUALIFIER_KINDS = new Set(['country', 'nationality', 'place']);
const GLUED = /\p{Ll}{3}\p{Lu}/u;

/**
 * Runs of capitalised words: people (after a title or honorific, or given name + surname),
 * organisations (by suffix, or a government named after its leader), and candidate names.
 */
export function findNames(scan: Scan): void {
  const { work } = scan;
  for (const s of scan.sentences) {
    let i = s.tokenStart;
    while (i < s.tokenEnd) {
      if ((scan.owner[i] ?? -1) >= 0 || !isCapitalised(work, i)) {
        i += 1;
        continue;
      }
      if (NEVER_NAMES.has(work.lower[i] ?? '')) {
        work.fired.add(NOT_NAMES.id);
        i += 1;
        continue;
      }
      // Function words are capitalised only by position ("The Trump administration", "In May").
      if (FUNCTION.has(work.lower[i] ?? '')) {
        work.fired.add(FUNCTION_WORDS.id);
        i += 1;
        continue;
      }
      const end = runEnd(scan, i, s.tokenEnd);
      if (end > i) classifyRun(scan, i, end, capsUninformative(scan, i, s.tokenStart));
      i = Math.max(end, i + 1);
    }
  }
}

// Where a run of name-like tokens starting at `from` ends: capitals, initials, particles, hyphenated parts.
function runEnd(scan: Scan, from: number, limit: number): number {
  const { work } = scan;
  let j = from;
  while (j < limit && (scan.owner[j] ?? -1) < 0) {
    const shape = work.shape[j];
    const next = j + 1 < limit && (scan.owner[j + 1] ?? -1) < 0 && isCapitalised(work, j + 1);
    const lower = work.lower[j] ?? '';
    if (NEVER_NAMES.has(lower) && !(j > from && MONTHS_AS_NAMES.has(lower))) break;
    // "LoefflerCollins": two scraped link texts glued together, never one name; "Bernie Sanders Bernie" repeats one.
    if (GLUED.test(work.value[j] ?? '') || j > from && lower === work.lower[from]) break;
    // "Part I. The …": a function word never continues a name.
    if (j > from && FUNCTION.has(lower)) break;
    if (j > from && MONTHS_AS_NAMES.has(lower)) work.fired.add(MONTH_SURNAMES.id);
    if (shape === Shape.CAP || shape === Shape.INITIAL) j += 1;
    else if (shape === Shape.UPPER && (work.value[j]?.length ?? 0) <= 3 && !work.value[j]?.includes('.') && next && j === from) j += 1;
    else if (j > from && PARTICLES.has(work.lower[j] ?? '') && particlesThenName(scan, j, limit)) {
      work.fired.add(NAME_PARTICLES.id);
      j += 1;
    }
    else if (j > from && work.value[j] === '-' && work.end[j - 1] === work.start[j] && work.end[j] === work.start[j + 1] && hyphenPart(scan, j + 1, next)) j += 2;
    else break;
  }
  return j;
}

// After a hyphen inside a name: a capital ("Kilroy-Silk") or a short lower-case part ("Ho-jen").
function hyphenPart(scan: Scan, at: number, capitalised: boolean): boolean {
  const { work } = scan;
  if ((scan.owner[at] ?? -1) >= 0) return false;
  return capitalised || work.shape[at] === Shape.LOWER && (work.value[at]?.length ?? 9) <= 4 && isCapitalised(work, at - 2);
}

// "von der Leyen": one or more particles, then a capitalised word.
function particlesThenName(scan: Scan, at: number, limit: number): boolean {
  let k = at;
  while (k < limit && PARTICLES.has(scan.work.lower[k] ?? '')) k += 1;
  return k < limit && k > at && (scan.owner[k] ?? -1) < 0 && isCapitalised(scan.work, k);
}

function classifyRun(scan: Scan, first: number, end: number, initial: boolean): void {
  const { work } = scan;
  const context = work.context[first];
  if (context === 'headline') return;
  // Words, not tokens: "Ho-jen" is one word of three tokens.
  let len = 1;
  for (let t = first + 1; t < end; t += 1) if ((work.start[t] ?? 0) > (work.end[t - 1] ?? 0)) len += 1;
  const lowerLast = work.lower[end - 1] ?? '';
  const next = work.lower[end] ?? '';
  // "Biden Administration", "the Trump administration": the leader's government.
  const adminInside = len >= 2 && ADMIN_WORDS.has(lowerLast) && isLeaderName(scan, first, end - 1);
  const adminAfter = !adminInside && len <= 3 && ADMIN_WORDS.has(next) && work.shape[end] === Shape.LOWER && isLeaderName(scan, first, end);
  if (adminInside || adminAfter) {
    addMention(scan, first, adminInside ? end : end + 1, { kind: 'organization', rule: LEADER_ADMINISTRATION.id });
    return;
  }
  const title = titleEndingAt(scan, first - 1);
  if (title >= 0) {
    const t = scan.mentions[title];
    // A long run after a title is glued page text, not one name.
    const person = len > 1 ? len <= 4 : isNameLike(work, first);
    if (person && t) {
      const rule = t.rule.startsWith('honorific') ? 'honorific-name' : 'titled-name';
      addMention(scan, first, end, { kind: 'person', rule, ...(t.gender ? { gender: t.gender } : {}) });
      // "(Russian President Vladimir) Putin": the name goes on after the bracket.
      if (work.value[end] === ')' && isCapitalised(work, end + 1) && (scan.owner[end + 1] ?? -1) < 0) {
        const after = runEnd(scan, end + 1, scan.sentences[work.sentence[end] ?? 0]?.tokenEnd ?? work.n);
        if (after > end + 1) addMention(scan, end + 1, after, { kind: 'person', rule });
      }
      return;
    }
  }
  if (len >= 2 && ORG_SUFFIX.has(lowerLast)) {
    addOrganization(scan, first, end);
    return;
  }
  // "the New York Times said", "in New Hampshire", "Utah Republican Sen. Mitt Romney": things, places, modifiers.
  const determined = afterDeterminer(scan, first) || afterPlaceWord(scan, first) || titleStartsRightAfter(scan, end);
  const byTitle = !determined && len >= 2 && len <= 4 && inApposition(scan, first, end);
  if (byTitle || !determined && len >= 2 && len <= 3 && isSpeaker(scan, first, end)) {
    addMention(scan, first, end, { kind: 'person', rule: byTitle ? 'apposition-name' : 'speaker-name' });
    return;
  }
  if (len >= 2 && (PLACE_ENDS.has(lowerLast) || PLACE_STARTS.has(work.lower[first] ?? ''))) {
    addMention(scan, first, end, { kind: 'place', rule: PLACE_ENDS.has(lowerLast) ? PLACE_WORDS.id : PLACE_OPENERS.id });
    return;
  }
  // At a sentence start the surname must not be an English word either ("Blair Labour's longest-serving PM").
  let middleInitial = false;
  for (let t = first + 1; t < end - 1; t += 1) if (work.shape[t] === Shape.INITIAL) middleInitial = true;
  const givenLike = work.shape[first] === Shape.INITIAL || !work.english(first) || middleInitial;
  if (!determined && len >= 2 && len <= 4 && givenLike && work.shape[first] !== Shape.UPPER && !(initial && work.english(end - 1) && !middleInitial)) {
    addMention(scan, first, end, { kind: 'person', rule: 'given-name-surname' });
    return;
  }
  if (len === 1 && initial && work.english(first)) return;
  if (len >= 2 && work.shape[first] === Shape.UPPER && work.shape[first + 1] === Shape.UPPER) return;
  addMention(scan, first, end, {
    kind: 'name', rule: 'name-candidate',
    // An English word is a weak surname unless it owns something or speaks ("Trump's envoy", "Trump said").
    ...(len === 1 && work.english(first) && work.shape[end] !== Shape.POSS && !isSpeaker(scan, first, end) ? { commonWord: true } : {}),
    ...(afterPlaceWord(scan, first) ? { afterPlaceWord: true } : {}),
  });
}

// A single capitalised word after a title is a name ("President Trump") unless it is a weekday or a function word.
function isNameLike(work: TextWork, i: number): boolean {
  const lower = work.lower[i] ?? '';
  // "Sacked", "Leading": English verb forms are not surnames.
  return !NEVER_NAMES.has(lower) && !FUNCTION.has(lower) && !(VERB_FORM.test(lower) && work.english(i))
    && !ORG_SUFFIX.has(lower) && !PLACE_ENDS.has(lower);
}

const VERB_FORM = /(?:ed|ing|ly)$/;

function isLeaderName(scan: Scan, first: number, end: number): boolean {
  const { work } = scan;
  if (end - first < 1 || end - first > 3) return false;
  for (let t = first; t < end; t += 1) {
    if (OFFICE_MODIFIERS.has(work.lower[t] ?? '') || work.shape[t] === Shape.UPPER) return false;
  }
  return true;
}

function addOrganization(scan: Scan, first: number, end: number): void {
  const { work } = scan;
  let start = first;
  const qualifiers: Qualifier[] = [];
  // "Ukrainian Presidential Administration": the nationality word belongs to the name.
  const before = scan.owner[first - 1] ?? -1;
  const q: Mention | undefined = before >= 0 ? scan.mentions[before] : undefined;
  if (q && QUALIFIER_KINDS.has(q.kind) && q.code && scan.lastToken[before] === first) {
    start = scan.firstToken[before] ?? first;
    qualifiers.push({ start: q.start, end: q.end, code: q.code, rule: 'org-qualifier' });
    work.fired.add('org-qualifier');
  }
  const index = addMention(scan, start, end, { kind: 'organization', rule: ORG_SUFFIXES.id, ...(qualifiers.length ? { qualifiers } : {}) }, false);
  for (let t = first; t < end; t += 1) scan.owner[t] = index;
}
