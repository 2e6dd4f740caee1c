export { clean } from './clean.js';
export { classifyLines } from './classify-lines.js';
export { LINE_RULES } from './rules/line-rules.js';
export { CONTEXT_RULES } from './rules/context-rules.js';
