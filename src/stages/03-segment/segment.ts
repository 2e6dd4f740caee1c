import { defineStage } from '../../pipeline/define-stage.js';
import type { PageDoc } from '../../pipeline/page-doc.js';
import { segmentPage } from './segment-page.js';

/** Stage 03: split the page into its articles. */
export const segment = defineStage<PageDoc>({
  name: 'segment',
  version: '1',
  requires: ['page', 'lines'],
  assigns: ['segments'],
  run: (doc) => ({ ...doc, segments: segmentPage(doc) }),
});
