import type { Frame } from './frame.js';
import type { Tok } from './frame-tokens.js';
import type { Attribution } from './quote-candidate.js';
import { outerEnd, type QuotedSpan } from './quoted-spans.js';

/** Who a direct quote belongs to: a frame of its sentence, or an attribution carried from before, and by which pattern. */
export type DirectChoice =
  | { pattern: string; frame: Frame; citing: boolean }
  | { pattern: string; carried: Attribution };

/** What earlier sentences hand to this one: the piece a run-on quote continues, a colon introduction, a run of direct speech. */
export interface Carried {
  runOn: Attribution | null;
  intro: Attribution | null;
  run: Attribution | null;
}

const size = (f: Frame): number => (f.content ? f.content.end - f.content.start : 0) + (f.tail ? f.tail.end - f.tail.start : 0);

/**
 * Chooses the attribution of one outer quote, in order: a frame that introduces or closes it; the
 * quote it continues across a paragraph; the smallest reported clause around it; the nearest
 * verb of saying or naming before it; for a quote opening its sentence, a colon introduction or
 * the run of direct speech before it. Null: nobody in reach said it (a scare quote).
 */
export function chooseDirect(q: QuotedSpan, qt: Tok, opensSentence: boolean, frames: readonly Frame[], carried: Carried): DirectChoice | null {
  const direct = frames.find((f) => f.direct.includes(qt.span));
  if (direct) return { pattern: direct.pattern, frame: direct, citing: false };
  if (q.continues && carried.runOn) return { pattern: 'direct-runs-on', carried: carried.runOn };
  const inside = (p: { start: number; end: number } | null): boolean => p !== null && p.start <= q.open && outerEnd(q) <= p.end + 1;
  const host = frames.filter((f) => inside(f.content) || inside(f.tail)).sort((x, y) => size(x) - size(y))[0];
  if (host) return host.citing ? { pattern: 'direct-citing', frame: host, citing: true } : { pattern: 'direct-in-content', frame: host, citing: false };
  const scope = frames.filter((f) => f.fragments && f.cueEnd <= q.open).sort((x, y) => y.cueStart - x.cueStart)[0];
  if (scope) return { pattern: 'direct-fragment', frame: scope, citing: false };
  if (opensSentence && carried.intro) return { pattern: 'direct-colon-intro', carried: carried.intro };
  if (opensSentence && carried.run) return { pattern: 'direct-continuation', carried: carried.run };
  return null;
}
