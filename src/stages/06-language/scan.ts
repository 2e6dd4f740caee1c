import type { Mention, Sentence } from '../../model/language.js';
import { gazetteer, type GazEntry, type Gazetteer, type GazKind } from './gazetteer.js';
import { Shape, type TextWork } from './text-work.js';

/** A gazetteer hit: the phrase length in tokens and the entries it carries. */
export interface GazMatch {
  len: number;
  entries: GazEntry[];
}

/** Shared state of the recognisers over one article: the mentions so far and which token each owns. */
export interface Scan {
  work: TextWork;
  sentences: Sentence[];
  g: Gazetteer;
  mentions: Mention[];
  /** Index into `mentions` of the mention that owns each token, or -1. */
  owner: Int32Array;
  /** Token index of each mention's first and one-past-last token (parallel to `mentions`). */
  firstToken: number[];
  lastToken: number[];
  /** Office words read through a typo ("Sectetary" → "secretary"), by token. */
  corrected: Map<number, string>;
  /** Gazetteer phrases starting at each token, longest first, computed on first use (null: none). */
  phrasesAt: (GazMatch[] | null | undefined)[];
}

export function createScan(work: TextWork, sentences: Sentence[]): Scan {
  return {
    work, sentences, g: gazetteer(), mentions: [], owner: new Int32Array(work.n).fill(-1),
    firstToken: [], lastToken: [], corrected: new Map(), phrasesAt: new Array<GazMatch[] | null | undefined>(work.n),
  };
}

const CAPITALISED = new Set<number>([Shape.CAP, Shape.UPPER, Shape.INITIAL]);

/** True when the token starts with a capital letter. */
export const isCapitalised = (work: TextWork, i: number): boolean => CAPITALISED.has(work.shape[i] ?? 0);

/** The lower-case form the rules read: the office word for a corrected typo. */
export const lowerAt = (scan: Scan, i: number): string => (scan.corrected.size === 0 ? undefined : scan.corrected.get(i)) ?? scan.work.lower[i] ?? '';

/** The longest gazetteer phrase starting at token `i` that ends before `limit` and fits the text's case. */
export function matchAt(scan: Scan, i: number, limit: number, kinds?: ReadonlySet<GazKind>): GazMatch | null {
  const all = phrasesAt(scan, i);
  if (!all) return null;
  for (const m of all) {
    if (i + m.len > limit) continue;
    let ok: GazEntry[] | null = null;
    for (const e of m.entries) {
      if (kinds && !kinds.has(e.kind)) continue;
      (ok ??= []).push(e);
    }
    if (ok) return ok.length === m.entries.length ? m : { len: m.len, entries: ok };
  }
  return null;
}

// Every phrase starting at token i that fits the text's case, longest first; sentence limits are applied by the caller.
function phrasesAt(scan: Scan, i: number): GazMatch[] | null {
  const cached = scan.phrasesAt[i];
  if (cached !== undefined) return cached;
  let found: GazMatch[] | null = null;
  let level = scan.g.trie;
  for (let l = 1; i + l <= scan.work.n; l += 1) {
    const node = level.get(lowerAt(scan, i + l - 1));
    if (!node) break;
    if (node.entries) {
      const ok = node.entries.filter((e) => fitsCase(scan.work, i, l, e));
      if (ok.length > 0) (found ??= []).unshift({ len: l, entries: ok });
    }
    level = node.next;
  }
  scan.phrasesAt[i] = found;
  return found;
}

function fitsCase(work: TextWork, i: number, len: number, e: GazEntry): boolean {
  if (e.exact !== undefined) return len === 1 ? work.value[i] === e.exact : work.value.slice(i, i + len).join(' ') === e.exact;
  return !e.capitalised || isCapitalised(work, i);
}

/** Adds a mention over tokens [first, last) and marks them owned (unless `own` is false). */
export function addMention(scan: Scan, first: number, last: number, fields: Omit<Mention, 'start' | 'end' | 'text' | 'sentence' | 'context'> & { start?: number }, own = true): number {
  const { work } = scan;
  const start = fields.start ?? work.start[first] ?? 0;
  const end = work.end[last - 1] ?? start;
  const index = scan.mentions.length;
  scan.mentions.push({
    ...fields, start, end, text: work.text.slice(start, end),
    sentence: work.sentence[first] ?? 0, context: work.context[first] ?? 'body',
  });
  scan.firstToken.push(first);
  scan.lastToken.push(last);
  if (own) for (let i = first; i < last; i += 1) scan.owner[i] = index;
  work.fired.add(fields.rule);
  return index;
}
