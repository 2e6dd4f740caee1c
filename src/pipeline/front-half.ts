import { clean } from '../stages/02-clean/index.js';
import { segment } from '../stages/03-segment/index.js';
import { metadata } from '../stages/04-metadata/index.js';
import type { Stage } from './define-stage.js';
import type { PageDoc } from './page-doc.js';
import { checkPipeline } from './run-pipeline.js';

/** The front half of the pipeline, in run order: a page in, its cleaned and dated articles out. */
export const frontHalf: readonly Stage<PageDoc>[] = [clean, segment, metadata];

checkPipeline(frontHalf, ['page']);
