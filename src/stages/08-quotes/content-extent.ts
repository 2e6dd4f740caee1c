import type { Tok } from './frame-tokens.js';
import { CONTENT_STOPS } from './rules/frame-words.js';

const STOPS = CONTENT_STOPS.words.map((w) => w.split(' '));

/** True when the tokens from k spell a phrase that ends the reported clause ("though", "even as"). */
function stopsAt(toks: readonly Tok[], k: number): boolean {
  return STOPS.some((words) => words.every((w, n) => toks[k + n]?.lower === w));
}

/**
 * Where a reported clause starting at token `from` ends, before token `limit`: at a semicolon, at
 * a comma that opens the writer's own clause, or at the sentence end (its full stop left out,
 * a closing quote kept). Returns a character offset.
 */
export function contentEnd(toks: readonly Tok[], from: number, limit: number): number {
  let last = limit - 1;
  for (let k = from; k < limit; k += 1) {
    const t = toks[k];
    if (!t) break;
    if (t.lower === ';' || (t.lower === ',' && stopsAt(toks, k + 1)) || (t.lower === ':' && k > from)) {
      last = k - 1;
      break;
    }
  }
  while (last >= from && toks[last]?.kind === 'punct' && /^[.!?,:;—–\-]$/u.test(toks[last]?.text ?? '')) last -= 1;
  return last >= from ? (toks[last]?.end ?? 0) : (toks[from]?.start ?? 0);
}

/** Every stop rule that ended a clause, for `why`. */
export const CONTENT_STOP_RULE = CONTENT_STOPS.id;
