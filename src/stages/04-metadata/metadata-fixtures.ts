import type { ClassifiedLine, LineKind } from '../../model/line.js';
import type { GivenMetadata, Page } from '../../model/page.js';
import type { PageDoc, Segment } from '../../pipeline/page-doc.js';
import type { MetadataInput } from './metadata-input.js';

/** A line for a hand-written page: plain text is a body line; `[kind, text]` sets the kind. */
export type LineSpec = string | readonly [LineKind, string];

export interface PageSpec {
  lines: readonly LineSpec[];
  /** [firstLine, endLine) of each segment; one segment over the whole page when left out. */
  segments?: readonly (readonly [number, number])[];
  /** Headline line of each segment, by segment index. */
  titleLines?: readonly (number | null)[];
  titleTexts?: readonly (string | null)[];
  given?: Partial<GivenMetadata>;
}

const NO_GIVEN: GivenMetadata = { url: null, outlet: null, title: null, published: null, author: null };

/** Classified lines with offsets as if the page text were the lines joined by newlines. */
export function classifiedLines(specs: readonly LineSpec[]): ClassifiedLine[] {
  let start = 0;
  return specs.map((spec) => {
    const [kind, text]: readonly [LineKind, string] = typeof spec === 'string' ? [spec.trim() === '' ? 'blank' : 'body', spec] : spec;
    const line: ClassifiedLine = { start, end: start + text.length, text, kind, rule: kind === 'body' || kind === 'blank' ? null : `test-${kind}` };
    start += text.length + 1;
    return line;
  });
}

export function segmentsOf(spec: PageSpec, lineCount: number): Segment[] {
  const bounds = spec.segments ?? [[0, lineCount] as const];
  return bounds.map(([firstLine, endLine], i) => ({
    firstLine, endLine, titleLine: spec.titleLines?.[i] ?? null, titleText: spec.titleTexts?.[i] ?? null, rule: 'test-segment',
  }));
}

/** The finders' input for segment `index` of a hand-written page. */
export function pageInput(spec: PageSpec, index = 0): MetadataInput {
  const lines = classifiedLines(spec.lines);
  return { given: { ...NO_GIVEN, ...spec.given }, lines, segments: segmentsOf(spec, lines.length), index };
}

/** A whole page document, as stages 02 and 03 would hand it on. */
export function pageDoc(spec: PageSpec): PageDoc {
  const lines = classifiedLines(spec.lines);
  const text = spec.lines.map((l) => (typeof l === 'string' ? l : l[1])).join('\n');
  const page: Page = { id: 'page_test', source: 'test.txt', format: 'text', text, given: { ...NO_GIVEN, ...spec.given }, bytes: text.length };
  return { page, lines, segments: segmentsOf(spec, lines.length) };
}
