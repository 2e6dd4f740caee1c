import type { Page } from '../model/page.js';
import type { ClassifiedLine } from '../model/line.js';
import type { Article } from '../model/article.js';

/** A segment of a page: the lines of one article, furniture included, and its title if seen. */
export interface Segment {
  /** Index of the first and one past the last line of the segment in `PageDoc.lines`. */
  firstLine: number;
  endLine: number;
  /** Index into `PageDoc.lines` of the headline line, or null if none was printed. */
  titleLine: number | null;
  /** A title found elsewhere on the page (e.g. a list of card headlines), with the rule. */
  titleText: string | null;
  rule: string;
}

/** The document the front half of the pipeline passes from stage to stage: one page. */
export interface PageDoc {
  page: Page;
  lines?: ClassifiedLine[];
  segments?: Segment[];
  articles?: Article[];
}
