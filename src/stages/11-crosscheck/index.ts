export { crossCheck, CROSSCHECK_VERSION, MIN_OUTLETS, type CrossCheckOptions } from './cross-check.js';
export type { CrossCheckInput } from './input.js';
export type { PairSearch } from './pair-index.js';
