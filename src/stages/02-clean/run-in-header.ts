import type { ClassifiedLine } from '../../model/line.js';
import type { PhysicalLine } from './split-lines.js';
import { isHeadlineShaped, isSentenceShaped, wordCount } from './line-shape.js';

// "TITLE \ Site \ Place \ Author \ Edition \ Body…": scraped pages glue a breadcrumb header to the body.
// Only breadcrumb marks: " | " also pipes lists and hashtags inside prose ("Jesus | Justice | #MAGA").
const SEPARATOR = / ([\\›»]) /u;
const MIN_SEPARATORS = 3;
const MIN_BODY_WORDS = 8;
/** Header parts are short labels ("Washington DC", "Evening Edition"); longer parts mean piped prose. */
const MAX_PART_WORDS = 6;
const MAX_TITLE_WORDS = 30;

function isLabel(part: string): boolean {
  return part.length > 0 && part.length <= 50 && wordCount(part) <= MAX_PART_WORDS && !/[.!?]$/u.test(part);
}
export const RUN_IN_HEADER_RULE = 'run-in-header';

function piece(line: PhysicalLine, from: number, to: number, kind: ClassifiedLine['kind']): ClassifiedLine {
  return { start: line.start + from, end: line.start + to, text: line.text.slice(from, to), kind, rule: RUN_IN_HEADER_RULE };
}

/** Every curly opening quote is closed: a title never ends inside a quotation. */
function quotesBalanced(text: string): boolean {
  let open = 0;
  for (const c of text) {
    if (c === '“') open++;
    else if (c === '”') open--;
  }
  return open === 0;
}

/**
 * Splits a run-in breadcrumb line into a title piece (when the first part reads as a headline), a
 * header piece and a body piece; null when the line is not one. Pieces keep exact page offsets.
 */
export function splitRunInHeader(line: PhysicalLine): ClassifiedLine[] | null {
  const found = SEPARATOR.exec(line.text);
  if (found === null) return null;
  const separator = ` ${found[1]} `;
  const positions: number[] = [];
  for (let at = found.index; at !== -1; at = line.text.indexOf(separator, at + separator.length)) positions.push(at);
  if (positions.length < MIN_SEPARATORS) return null;
  const firstEnd = positions[0]!;
  const lastSeparator = positions[positions.length - 1]!;
  for (let k = 0; k + 1 < positions.length; k++) {
    if (!isLabel(line.text.slice(positions[k]! + separator.length, positions[k + 1]!))) return null;
  }
  if (wordCount(line.text.slice(0, firstEnd)) > MAX_TITLE_WORDS) return null;
  const bodyStart = lastSeparator + separator.length;
  const headerEnd = lastSeparator + separator.length - 1;
  const body = line.text.slice(bodyStart);
  if (!isSentenceShaped(body) || wordCount(body) < MIN_BODY_WORDS) {
    return [piece(line, 0, line.text.length, 'header')];
  }
  const title = line.text.slice(0, firstEnd);
  if (isHeadlineShaped(title) && wordCount(title) >= 3 && quotesBalanced(title)) {
    return [piece(line, 0, firstEnd, 'title'), piece(line, firstEnd + separator.length, headerEnd, 'header'), piece(line, bodyStart, line.text.length, 'body')];
  }
  return [piece(line, 0, headerEnd, 'header'), piece(line, bodyStart, line.text.length, 'body')];
}
