import { FUNCTION_WORDS } from './rules/function-words.js';

const FUNCTION = new Set(FUNCTION_WORDS.words);

/** A word key that says something of the content: not a function word, and holding a letter or digit. */
export function isContentKey(key: string): boolean {
  return !FUNCTION.has(key) && /[\p{L}\p{N}]/u.test(key);
}

/** Words a shared n-gram needs outside the function-word list to count as evidence. */
export const MIN_CONTENT_WORDS = 2;

/** Whether a run of word keys says enough to count as evidence when two texts share it. */
export function isContentGram(keys: readonly string[]): boolean {
  let n = 0;
  for (const k of keys) if (isContentKey(k)) n++;
  return n >= MIN_CONTENT_WORDS;
}
