import { CLAUSE_BOUNDARIES, PARENTHETICAL, type SegmentKind } from './rules/clause-boundaries.js';

/** One clause-like stretch of a sentence, in article offsets. */
export interface Segment {
  start: number;
  end: number;
  kind: SegmentKind;
  /** An aside between dashes or brackets. */
  parenthetical: boolean;
  /** The boundary rule that opened it (null for the first). */
  rule: string | null;
}

interface Cut {
  at: number;
  kind: SegmentKind;
  rule: string;
}

/**
 * Cuts a sentence into clause-like segments at the boundaries of CLAUSE_BOUNDARIES; asides
 * become their own parenthetical segments. Cuts inside a party's words are ignored.
 */
export function segmentSentence(text: string, start: number, end: number, protectedSpans: readonly { start: number; end: number }[]): Segment[] {
  const sentence = text.slice(start, end);
  const inside = (at: number): boolean => protectedSpans.some((p) => at > p.start && at < p.end);
  const asides: { start: number; end: number }[] = [];
  for (const m of sentence.matchAll(PARENTHETICAL.pattern)) {
    const s = start + (m.index ?? 0);
    asides.push({ start: s, end: s + m[0].length });
  }
  const cuts: Cut[] = [];
  for (const a of asides) {
    cuts.push({ at: a.start, kind: 'main', rule: PARENTHETICAL.id }, { at: a.end, kind: 'main', rule: PARENTHETICAL.id });
  }
  for (const boundary of CLAUSE_BOUNDARIES) {
    for (const m of sentence.matchAll(boundary.pattern)) {
      const at = start + (m.index ?? 0) + m[0].length;
      if (at <= start || at >= end || inside(at)) continue;
      if (asides.some((a) => at > a.start && at < a.end)) continue;
      cuts.push({ at, kind: boundary.kind, rule: boundary.id });
    }
  }
  // At one position the first listed boundary wins (a relative "which" over a plain comma).
  cuts.sort((a, b) => a.at - b.at);
  const out: Segment[] = [];
  let from = start;
  let kind: SegmentKind = 'main';
  let rule: string | null = null;
  for (const cut of cuts) {
    if (cut.at <= from) continue;
    out.push({ start: from, end: cut.at, kind, rule, parenthetical: asides.some((a) => a.start === from) });
    from = cut.at;
    kind = cut.kind;
    rule = cut.rule;
  }
  if (from < end) out.push({ start: from, end, kind, rule, parenthetical: asides.some((a) => a.start === from) });
  return out;
}
