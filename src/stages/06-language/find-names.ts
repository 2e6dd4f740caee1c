import type { Mention, Qualifier } from '../../model/language.js';
import { LEADER_ADMINISTRATION, ORG_SUFFIXES } from './rules/organizations.js';
import { NAME_PARTICLES, NOT_NAMES } from './rules/names.js';
import { TITLE_MODIFIERS } from './rules/titles.js';
import { addMention, isCapitalised, type Scan } from './scan.js';
import { Shape, type TextWork } from './text-work.js';

const ORG_SUFFIX = new Set(ORG_SUFFIXES.words);
const ADMIN_WORDS = new Set(LEADER_ADMINISTRATION.words);
const PARTICLES = new Set(NAME_PARTICLES.words);
const NEVER_NAMES = new Set(NOT_NAMES.words);
const OFFICE_MODIFIERS = new Set(TITLE_MODIFIERS.words);
// Sentence-initial words of these classes are not part of a name ("The", "But", "When").
const FUNCTION_TAGS = new Set(['DET', 'ADP', 'CCONJ', 'SCONJ', 'PRON', 'AUX', 'ADV', 'PART', 'INTJ', 'NUM']);
const QUALIFIER_KINDS = new Set(['country', 'nationality', 'place']);

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
        if (titleEndingAt(scan, i - 1) >= 0) work.fired.add(NOT_NAMES.id);
        i += 1;
        continue;
      }
      const end = runEnd(scan, i, s.tokenEnd);
      let first = i;
      // Drop sentence-initial function words ("The Trump administration").
      while (first < end && FUNCTION_TAGS.has(work.pos[first] ?? '') && work.english(first)) first += 1;
      if (first < end) classifyRun(scan, first, end, s.tokenStart);
      i = Math.max(end, i + 1);
    }
  }
}

function runEnd(scan: Scan, from: number, limit: number): number {
  const { work } = scan;
  let j = from;
  while (j < limit && (scan.owner[j] ?? -1) < 0) {
    const shape = work.shape[j];
    const next = j + 1 < limit && (scan.owner[j + 1] ?? -1) < 0 && isCapitalised(work, j + 1);
    if (NEVER_NAMES.has(work.lower[j] ?? '')) break;
    if (shape === Shape.CAP || shape === Shape.INITIAL) j += 1;
    else if (shape === Shape.UPPER && (work.value[j]?.length ?? 0) <= 3 && !work.value[j]?.includes('.') && next && j === from) j += 1;
    else if (j > from && next && PARTICLES.has(work.lower[j] ?? '')) j += 1;
    else if (j > from && next && work.value[j] === '-' && work.end[j - 1] === work.start[j] && work.end[j] === work.start[j + 1]) j += 1;
    else break;
  }
  return j;
}

// Index of the title mention whose last token is `t`, or -1.
function titleEndingAt(scan: Scan, t: number): number {
  const owner = scan.owner[t] ?? -1;
  if (owner < 0) return -1;
  const m = scan.mentions[owner];
  return m && m.kind === 'title' && scan.lastToken[owner] === t + 1 ? owner : -1;
}

function classifyRun(scan: Scan, first: number, end: number, sentenceStart: number): void {
  const { work } = scan;
  const context = work.context[first];
  if (context === 'headline') return;
  const len = end - first;
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
    const person = len > 1 || isNameLike(work, first);
    if (person && t) {
      addMention(scan, first, end, {
        kind: 'person',
        rule: t.rule.startsWith('honorific') ? 'honorific-name' : 'titled-name',
        ...(t.gender ? { gender: t.gender } : {}),
      });
      return;
    }
  }
  if (len >= 2 && ORG_SUFFIX.has(lowerLast)) {
    addOrganization(scan, first, end);
    return;
  }
  if (len >= 2 && len <= 4 && (work.shape[first] === Shape.INITIAL || !work.english(first)) && work.shape[first] !== Shape.UPPER) {
    addMention(scan, first, end, { kind: 'person', rule: 'given-name-surname' });
    return;
  }
  if (len === 1 && first === sentenceStart && work.english(first)) return;
  if (len === 1 && work.english(first) && work.pos[first] !== 'PROPN') return;
  if (len >= 2 && work.shape[first] === Shape.UPPER && work.shape[first + 1] === Shape.UPPER) return;
  addMention(scan, first, end, { kind: 'name', rule: 'name-candidate' });
}

// A single capitalised word after a title is a name if it is not an English word used as one.
function isNameLike(work: TextWork, i: number): boolean {
  return !work.english(i) || work.pos[i] === 'PROPN';
}

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

/**
 * A capitalised word equal to the surname of a person named elsewhere in the article is that
 * person, wherever it stands (sentence start, heading, possessive, "Trump Zelensky" caption runs).
 */
export function findKnownSurnames(scan: Scan): void {
  const { work } = scan;
  const surnames = new Set<string>();
  for (let m = 0; m < scan.mentions.length; m += 1) {
    const mention = scan.mentions[m];
    if (!mention || mention.kind !== 'person' || mention.context === 'credit') continue;
    const last = (scan.lastToken[m] ?? 0) - 1;
    if (work.shape[last] === Shape.CAP) surnames.add(work.lower[last] ?? '');
  }
  if (surnames.size === 0) return;
  const replaced = new Set<number>();
  for (let i = 0; i < work.n; i += 1) {
    if (work.shape[i] !== Shape.CAP || !surnames.has(work.lower[i] ?? '')) continue;
    const owner = scan.owner[i] ?? -1;
    const current = owner >= 0 ? scan.mentions[owner] : undefined;
    if (current && current.kind !== 'name') continue;
    if (current && owner >= 0) replaced.add(owner);
    const index = addMention(scan, i, i + 1, { kind: 'person', rule: 'known-surname' }, false);
    scan.owner[i] = index;
  }
  if (replaced.size > 0) dropMentions(scan, replaced);
}

/** Removes mentions and re-derives which mention owns each token (earlier mentions keep theirs). */
function dropMentions(scan: Scan, drop: ReadonlySet<number>): void {
  const keep = scan.mentions.map((_, k) => !drop.has(k));
  scan.mentions = scan.mentions.filter((_, k) => keep[k]);
  scan.firstToken = scan.firstToken.filter((_, k) => keep[k]);
  scan.lastToken = scan.lastToken.filter((_, k) => keep[k]);
  scan.owner.fill(-1);
  for (let k = 0; k < scan.mentions.length; k += 1) {
    for (let t = scan.firstToken[k] ?? 0; t < (scan.lastToken[k] ?? 0); t += 1) if ((scan.owner[t] ?? -1) < 0) scan.owner[t] = k;
  }
}
