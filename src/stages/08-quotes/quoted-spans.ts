import { QUOTE_MARKS, type QuoteMarkRule } from './rules/quote-marks.js';

/** Words between a pair of quotation marks, located in the text. */
export interface QuotedSpan {
  /** Index of the opening mark. */
  open: number;
  /** Index of the closing mark, or null when the quote runs on past its paragraph or sentence. */
  close: number | null;
  /** Characters of the closing mark (2 for a typed '' quote). */
  closeLength: number;
  /** The words between the marks (a run-on piece ends before trailing whitespace). */
  start: number;
  end: number;
  /** 0 for an outer quote, 1 for one nested inside it. */
  depth: number;
  /** Index (in the returned list) of the enclosing quote of a nested one. */
  parent: number | null;
  /** The rule id of the mark pair. */
  mark: string;
  /** The piece reopens a quote left open just before it (next paragraph, or a reopened sentence). */
  continues: boolean;
  /** The piece is left open and continued by the next one. */
  runsOn: boolean;
}

/** Where the whole quote sits, marks included: what a frame sees as one token. */
export const outerEnd = (q: QuotedSpan): number => (q.close === null ? q.end : q.close + q.closeLength);

const OPENERS = new Map<string, QuoteMarkRule>(QUOTE_MARKS.map((r) => [r.opens, r]));
const MARK_CHARS = new Set(QUOTE_MARKS.flatMap((r) => [r.opens, ...r.closes]));
/** Two-character marks ('' typed for a double quote) are read before single characters. */
const markAt = (text: string, i: number): string => (MARK_CHARS.has(text.slice(i, i + 2)) ? text.slice(i, i + 2) : (text[i] ?? ''));
const isSpace = (c: string | undefined): boolean => c === undefined || /\s/u.test(c);
const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);
/** Characters after which an opening mark may stand ("(“", "—“", ": “"). */
const isOpeningContext = (c: string | undefined): boolean => c === undefined || /[\s([{\/—–\-“‘"'„«]/u.test(c);

interface Open {
  rule: QuoteMarkRule;
  at: number;
  continues: boolean;
}

/** Lines of text: a quote never runs across one unless the next reopens it. */
function paragraphBounds(text: string): [number, number][] {
  const out: [number, number][] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push([m.index, m.index + m[0].length]);
  return out;
}

/** The previous non-space character before i, within the paragraph. */
function prevNonSpace(text: string, i: number, from: number): string | undefined {
  for (let j = i - 1; j >= from; j -= 1) if (!isSpace(text[j])) return text[j];
  return undefined;
}

function trimEnd(text: string, from: number, to: number): number {
  let e = to;
  while (e > from && isSpace(text[e - 1])) e -= 1;
  return e;
}

/** A closing single mark that is not an apostrophe, before `limit`: does this opener have a partner? */
function singleHasCloser(text: string, rule: QuoteMarkRule, i: number, limit: number): boolean {
  for (let j = i + 1; j < limit; j += 1) {
    const c = text[j] ?? '';
    if (rule.closes.includes(c) && !isSpace(text[j - 1]) && !isWordChar(text[j + 1])) return true;
  }
  return false;
}

/** Where the innermost open double quote will close (or the paragraph end): a nested quote must close before it. */
function enclosingLimit(text: string, outer: Open | undefined, i: number, pe: number): number {
  if (!outer) return pe;
  for (let j = i + 1; j < pe; j += 1) {
    const c = text[j] ?? '';
    if (outer.rule.closes.includes(c) && !isWordChar(text[j + 1]) && (outer.rule.ambiguous ? !isSpace(text[j - 1]) : true)) return j;
  }
  return pe;
}

/**
 * Finds every quoted span of the text: curly, straight, low-high and guillemet doubles, single
 * quotes nested in them or standing alone, quotes split by a paragraph break and reopened.
 */
export function findQuotedSpans(text: string): QuotedSpan[] {
  const found: (Omit<QuotedSpan, 'parent'> & { parentAt: number | null })[] = [];
  const paras = paragraphBounds(text);
  let carried = false;
  for (let p = 0; p < paras.length; p += 1) {
    const [ps, pe] = paras[p] ?? [0, 0];
    const stack: Open[] = [];
    let firstMarkSeen = false;
    const record = (o: Open, close: number | null, end: number, runsOn: boolean, closeLength = 1): void => {
      const parentAt = stack.length > 0 ? (stack[stack.length - 1]?.at ?? null) : null;
      found.push({ open: o.at, close, closeLength, start: o.at + o.rule.opens.length, end, depth: stack.length, parentAt, mark: o.rule.id, continues: o.continues, runsOn });
    };
    for (let i = ps; i < pe; i += 1) {
      const c = markAt(text, i);
      if (!MARK_CHARS.has(c)) continue;
      const w = c.length;
      if (w > 1) i += w - 1;
      const at = i - (w - 1);
      const top = stack[stack.length - 1];
      const closerShaped = !isSpace(text[at - 1]) && at > ps && !isWordChar(text[at + w]);
      if (top && top.rule.closes.includes(c) && (closerShaped || (!top.rule.ambiguous && !isSpace(text[at - 1])))) {
        stack.pop();
        record(top, at, at, false, w);
        continue;
      }
      // A double closer while a nested single is still open: the single was an apostrophe.
      const outer = stack[0];
      if (top && top.rule.level === 'single' && outer && outer !== top && outer.rule.closes.includes(c) && closerShaped) {
        stack.length = 1;
        stack.pop();
        record(outer, at, at, false, w);
        continue;
      }
      const rule = OPENERS.get(c);
      const openerShaped = !isSpace(text[at + w]) && at + w < pe && (isOpeningContext(at > ps ? text[at - 1] : undefined) || !rule?.ambiguous);
      if (!rule || !openerShaped) continue;
      const continues = !firstMarkSeen && carried && at === firstNonSpace(text, ps, pe);
      if (!top) {
        if (rule.level === 'single' && !singleHasCloser(text, rule, at, pe)) continue;
        firstMarkSeen = true;
        stack.push({ rule, at, continues });
      } else if (top.rule.level === 'double' && rule.level === 'single') {
        if (!singleHasCloser(text, rule, at, enclosingLimit(text, top, at, pe))) continue;
        stack.push({ rule, at, continues: false });
      } else if (rule.level === 'double' && stack.length === 1 && /[.!?:]/u.test(prevNonSpace(text, at, ps) ?? '')) {
        // A new quote opened after a sentence end while one is open: the first ran on (typed-out paragraphs).
        stack.pop();
        record(top, null, trimEnd(text, top.at + top.rule.opens.length, at), true);
        stack.push({ rule, at, continues: true });
      }
      firstMarkSeen = true;
    }
    // An outer double quote still open at the end of its paragraph runs on when the next paragraph reopens it.
    const outer = stack[0];
    const next = paras[p + 1];
    carried = false;
    if (outer && outer.rule.level === 'double' && next) {
      const k = firstNonSpace(text, next[0], next[1]);
      // Only the same style reopens it: a stray straight mark is not the rest of a curly quote.
      const reopened = OPENERS.get(markAt(text, k));
      if (reopened && reopened.id === outer.rule.id) {
        stack.length = 0;
        record(outer, null, trimEnd(text, outer.at + outer.rule.opens.length, pe), true);
        carried = true;
      }
    }
  }
  found.sort((a, b) => a.open - b.open);
  return found.map(({ parentAt, ...s }) => {
    const parent = parentAt === null ? -1 : found.findIndex((x) => x.open === parentAt);
    return { ...s, parent: parent >= 0 ? parent : null };
  });
}

function firstNonSpace(text: string, from: number, to: number): number {
  let k = from;
  while (k < to && isSpace(text[k])) k += 1;
  return k;
}
