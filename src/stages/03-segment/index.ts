export { segment } from './segment.js';
export { segmentPage } from './segment-page.js';
export { articleText, type ArticleParagraph } from './article-text.js';
export { OPENER_RULES } from './rules/openers.js';
