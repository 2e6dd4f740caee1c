import { defineStage } from '../../pipeline/define-stage.js';
import type { PageDoc } from '../../pipeline/page-doc.js';
import { classifyLines } from './classify-lines.js';

/** Stage 02: classify every line of the page as body, title, blank or a kind of furniture. */
export const clean = defineStage<PageDoc>({
  name: 'clean',
  version: '1',
  requires: ['page'],
  assigns: ['lines'],
  run: (doc) => ({ ...doc, lines: classifyLines(doc.page) }),
});
