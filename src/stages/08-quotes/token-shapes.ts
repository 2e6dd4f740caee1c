import type { Tok } from './frame-tokens.js';

/** The end of a sentence: no token, or a full stop, question or exclamation mark. */
export const isEnd = (t: Tok | undefined): boolean => t === undefined || (t.kind === 'punct' && /^[.!?]$/u.test(t.text));
export const isQuote = (t: Tok | undefined): boolean => t?.kind === 'quote';
/** A lower-case -ing word long enough not to be "king" or "thing". */
export const isParticiple = (t: Tok | undefined): boolean => t?.kind === 'word' && /^\p{Ll}+ing$/u.test(t.text) && t.text.length > 5;

/** The index after a parenthesis that closes at `at` ("Sen. David Perdue (R-Ga.) said"), scanning back; or `at` itself. */
export function beforeParenthesis(toks: readonly Tok[], at: number): number {
  if (toks[at]?.text !== ')') return at;
  for (let k = at - 1; k >= Math.max(0, at - 8); k -= 1) if (toks[k]?.text === '(') return k - 1;
  return at;
}

/** The index after a parenthesis that opens at `at`, scanning forward; or `at` itself. */
export function afterParenthesis(toks: readonly Tok[], at: number): number {
  if (toks[at]?.text !== '(') return at;
  for (let k = at + 1; k < Math.min(toks.length, at + 8); k += 1) if (toks[k]?.text === ')') return k + 1;
  return at;
}
