import { defineStage } from '../../pipeline/define-stage.js';
import type { PageDoc } from '../../pipeline/page-doc.js';
import { buildArticle } from './build-article.js';

/** Stage 4: each segment of a page becomes an article with its outlet, title, byline and date. */
export const metadata = defineStage<PageDoc>({
  name: 'metadata',
  version: '1',
  requires: ['page', 'lines', 'segments'],
  assigns: ['articles'],
  run: (doc) => ({ ...doc, articles: (doc.segments ?? []).map((segment, index) => buildArticle(doc, segment, index)) }),
});

export { buildArticle } from './build-article.js';
export { findOutlet } from './find-outlet.js';
export { findTitle } from './find-title.js';
export { findByline } from './find-byline.js';
export { findPublished, type PublishedFinding } from './find-published.js';
export type { MetadataInput } from './metadata-input.js';
export type { Finding } from './finding.js';
