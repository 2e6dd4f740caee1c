export { crossCheck, CROSSCHECK_VERSION, MIN_OUTLETS } from './cross-check.js';
export type { CrossCheckInput } from './input.js';
