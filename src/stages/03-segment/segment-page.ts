import type { PageDoc, Segment } from '../../pipeline/page-doc.js';
import { PipelineError } from '../../pipeline/run-pipeline.js';
import { segmentLines } from './segment-lines.js';
import { assignCardTitles } from './card-titles.js';

/**
 * Splits a classified page into its articles. Example: the Axios/Reuters/Hill page → 7 segments,
 * the first opened by 'page-start', the others by 'teaser-card', 'headline' or 'wire-dateline'.
 */
export function segmentPage(doc: PageDoc): Segment[] {
  if (doc.lines === undefined) {
    throw new PipelineError('E_SEGMENT_NO_LINES', '[E_SEGMENT_NO_LINES] segmentPage needs doc.lines; run the clean stage first');
  }
  return assignCardTitles(doc.lines, segmentLines(doc.lines));
}
