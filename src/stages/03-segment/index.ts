export { segment } from './segment.js';
export { segmentPage } from './segment-page.js';
export { OPENER_RULES } from './rules/openers.js';
