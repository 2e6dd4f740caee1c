import type { ClassifiedLine } from '../../model/line.js';
import type { Segment } from '../../pipeline/page-doc.js';
import { OPENER_RULES } from './rules/openers.js';
import type { PageSoFar } from './rules/opener-rule.js';
import { isRunInLabel } from './line-shape.js';

export const PAGE_START_RULE = 'page-start';
/** A segment must hold this many body lines (or have been closed by a credit) before another can open: a stray caption above a dateline is no article. */
const MIN_BODY_LINES = 2;

function firstOpener(lines: readonly ClassifiedLine[], at: number, page: PageSoFar): string | null {
  for (const rule of OPENER_RULES) if (rule.opens(lines, at, page)) return rule.id;
  return null;
}

/**
 * Cuts classified lines into articles: a new segment starts where an opener rule fires once the
 * current one has body text (two lines, or one and a closing credit or copyright line). Segments are contiguous and cover every line; furniture stays in the
 * segment whose region it is in.
 */
export function segmentLines(lines: readonly ClassifiedLine[]): Segment[] {
  const segments: Segment[] = [];
  let current: Segment = { firstLine: 0, endLine: lines.length, titleLine: null, titleText: null, rule: PAGE_START_RULE };
  let bodyLines = 0;
  let closed = false;
  const page: PageSoFar = { labelLines: 0 };
  for (let at = 0; at < lines.length; at++) {
    if (bodyLines >= MIN_BODY_LINES || (bodyLines > 0 && closed)) {
      const opener = firstOpener(lines, at, page);
      if (opener !== null) {
        segments.push({ ...current, endLine: at });
        current = { firstLine: at, endLine: lines.length, titleLine: null, titleText: null, rule: opener };
        bodyLines = 0;
        closed = false;
      }
    }
    const line = lines[at]!;
    if (line.kind === 'title' && current.titleLine === null) current.titleLine = at;
    if (line.kind === 'credit' || line.kind === 'copyright') closed = true;
    if (line.kind === 'body') {
      bodyLines++;
      if (isRunInLabel(line.text.trim())) page.labelLines++;
    }
  }
  segments.push(current);
  return segments;
}
