import type { ClassifiedLine } from '../model/line.js';
import type { Segment } from './page-doc.js';

/** One paragraph of an article's text: where it sits in that text and where it starts in Page.text. */
export interface ArticleParagraph {
  start: number;
  end: number;
  pageStart: number;
}

export const PARAGRAPH_SEPARATOR = '\n\n';

/**
 * The cleaned text of one segment: its body lines, trimmed, joined by a blank line. Each paragraph
 * records its offsets in the text and in Page.text, so any span traces back to the page:
 * page.text.slice(p.pageStart + k) starts with text.slice(p.start + k) for k < p.end - p.start.
 */
export function articleText(lines: readonly ClassifiedLine[], segment: Segment): { text: string; paragraphs: ArticleParagraph[] } {
  const parts: string[] = [];
  const paragraphs: ArticleParagraph[] = [];
  let length = 0;
  for (let at = segment.firstLine; at < segment.endLine; at++) {
    const line = lines[at]!;
    if (line.kind !== 'body') continue;
    const trimmed = line.text.trim();
    if (trimmed.length === 0) continue;
    if (parts.length > 0) length += PARAGRAPH_SEPARATOR.length;
    const lead = line.text.indexOf(trimmed);
    paragraphs.push({ start: length, end: length + trimmed.length, pageStart: line.start + lead });
    parts.push(trimmed);
    length += trimmed.length;
  }
  return { text: parts.join(PARAGRAPH_SEPARATOR), paragraphs };
}
