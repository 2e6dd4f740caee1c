import type { GivenMetadata } from '../../model/page.js';
import type { ClassifiedLine, LineKind } from '../../model/line.js';
import type { Segment } from '../../pipeline/page-doc.js';

/**
 * What the metadata finders read: the page's given metadata and classified lines, its
 * segments, and which segment is being described. Pages with several articles need the
 * whole page: a masthead or a caption date elsewhere on it can speak for this segment.
 */
export interface MetadataInput {
  given: GivenMetadata;
  lines: readonly ClassifiedLine[];
  segments: readonly Segment[];
  index: number;
}

/** A line with its index in the page's lines, so evidence can say where it came from. */
export interface NumberedLine {
  at: number;
  line: ClassifiedLine;
}

/** Kinds that carry the article's own words; everything else is metadata or furniture. */
const ARTICLE_KINDS: ReadonlySet<LineKind> = new Set<LineKind>(['body', 'title']);

export function segmentOf(input: MetadataInput, index = input.index): Segment {
  const segment = input.segments[index];
  if (!segment) throw new RangeError(`[E_SEGMENT_INDEX] segment ${index} does not exist; the page has ${input.segments.length}`);
  return segment;
}

/** The lines of a segment, furniture included, blank lines left out. */
export function segmentLines(input: MetadataInput, index = input.index): NumberedLine[] {
  const { firstLine, endLine } = segmentOf(input, index);
  const out: NumberedLine[] = [];
  for (let at = firstLine; at < endLine; at += 1) {
    const line = input.lines[at];
    if (line && line.kind !== 'blank' && line.text.trim() !== '') out.push({ at, line });
  }
  return out;
}

/** The segment's body and title lines: the words of the article itself. */
export function articleLines(input: MetadataInput, index = input.index): NumberedLine[] {
  return segmentLines(input, index).filter(({ line }) => ARTICLE_KINDS.has(line.kind));
}

/** Every non-blank line of the page. */
export function pageLines(input: MetadataInput): NumberedLine[] {
  return input.lines.flatMap((line, at) => (line.kind !== 'blank' && line.text.trim() !== '' ? [{ at, line }] : []));
}

/** The page's text as its lines give it, for looking up how a name is spelled elsewhere. */
export function pageText(input: MetadataInput): string {
  return input.lines.map((l) => l.text).join('\n');
}

/** Shortens a line for an evidence note. */
export function excerpt(text: string, max = 160): string {
  const t = text.trim();
  return t.length <= max ? t : `${t.slice(0, max - 1)}…`;
}
