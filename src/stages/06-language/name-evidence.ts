import type { Scan } from './scan.js';

// Evidence around a run of capitalised words that it names a person: a title beside it, a speech verb, its position.

// Index of the title mention whose last token is `t`, or -1.
export function titleEndingAt(scan: Scan, t: number): number {
  const owner = scan.owner[t] ?? -1;
  if (owner < 0) return -1;
  const m = scan.mentions[owner];
  return m && m.kind === 'title' && scan.lastToken[owner] === t + 1 ? owner : -1;
}

// At a sentence start, after a colon, a quote mark or a list dash, a capital says nothing about names.
export function capsUninformative(scan: Scan, i: number, sentenceStart: number): boolean {
  if (i === sentenceStart) return true;
  const prev = scan.work.value[i - 1] ?? '';
  return prev === ':' || prev === '“' || prev === '"' || prev === '‘' || prev === '-' || prev === '—' || prev === '(';
}

// ", Taiwan's deputy foreign minister," after the name, or "Ukraine's foreign minister, " before it.
export function inApposition(scan: Scan, first: number, end: number): boolean {
  const { work } = scan;
  if (work.value[end] === ',') {
    let k = end + 1;
    if (k < work.n && /^(?:the|a|an)$/.test(work.lower[k] ?? '')) k += 1;
    const title = titleFrom(scan, k);
    // ", President Trump said": a title followed by a name belongs to that name, not to this one.
    if (title >= 0) return CLAUSE_END.has(work.value[scan.lastToken[title] ?? 0] ?? '.');
  }
  return work.value[first - 1] === ',' && titleEndingAt(scan, first - 2) >= 0 && work.value[end] !== undefined && /^[,.;)]$/.test(work.value[end] ?? '');
}

// The title mention that starts at token k, directly or through its country qualifier ("Taiwan's"), or -1.
function titleFrom(scan: Scan, k: number): number {
  for (let t = k; t < Math.min(scan.work.n, k + 4); t += 1) {
    const owner = scan.owner[t] ?? -1;
    const m = scan.mentions[owner];
    if (m?.kind === 'title' && m.role !== undefined) return m.start <= (scan.work.start[k] ?? 0) ? owner : -1;
    if (!m || m.kind !== 'country' && m.kind !== 'nationality' && m.kind !== 'place' && m.kind !== 'organization') return -1;
  }
  return -1;
}

const SPEECH_AFTER = new Set(['said', 'says', 'told', 'tells', 'added', 'adds', 'insisted', 'argued', 'warned', 'wrote', 'explained', 'stressed', 'noted', 'spoke']);
const SPEECH_BEFORE = new Set(['said', 'says', 'added', 'wrote', 'according']);

// "Mike Waltz said", ", said Tony Blair": people say things.
export function isSpeaker(scan: Scan, first: number, end: number): boolean {
  const { work } = scan;
  if (SPEECH_AFTER.has(work.lower[end] ?? '')) return true;
  const before = work.lower[first - 1] ?? '';
  const speakerBefore = SPEECH_BEFORE.has(before) || before === 'to' && work.lower[first - 2] === 'according';
  // ", said Tony Blair." — the name closes the clause; "said New Hampshire voters" goes on.
  return speakerBefore && (end >= work.n || CLAUSE_END.has(work.value[end] ?? ''));
}

const CLAUSE_END = new Set([',', '.', ';', ':', '!', '?', ')', '”', '"']);

/** "the New York Times said": a determiner before capitalised words makes them a thing, not a person. */
export function afterDeterminer(scan: Scan, first: number): boolean {
  return DETERMINERS.has(scan.work.lower[first - 1] ?? '');
}

const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those']);

/** "in New Hampshire", "across South Carolina": a place preposition before capitalised words. */
export function afterPlaceWord(scan: Scan, first: number): boolean {
  return PLACE_PREPOSITIONS.has(scan.work.lower[first - 1] ?? '');
}

const PLACE_PREPOSITIONS = new Set(['in', 'at', 'across', 'throughout', 'near', 'inside', 'outside', 'around']);

/** "Utah Republican Sen. Mitt Romney": words right before a title modify it. */
export function titleStartsRightAfter(scan: Scan, end: number): boolean {
  const m = scan.mentions[scan.owner[end] ?? -1];
  return m?.kind === 'title' && scan.firstToken[scan.owner[end] ?? -1] === end;
}
