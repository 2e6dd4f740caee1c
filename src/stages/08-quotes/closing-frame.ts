import { clauseStart, citingAfter, frameEndTok, regionEnd } from './after-cue.js';
import { contentEnd } from './content-extent.js';
import type { Frame, FrameBase, FrameContext, Found } from './frame.js';
import { matchCues, type CueHit } from './match-cues.js';
import { CITING } from './rules/speech-cues.js';
import { beforeParenthesis, isEnd, isParticiple, isQuote } from './token-shapes.js';

/**
 * A frame that closes its clause ("…, U.S. and Ukrainian officials say.", "“…,” said Mr Blair")
 * or sits inside it ("To prevent problems, he said, officials should …").
 */
export function closingFrame(ctx: FrameContext, base: FrameBase, hit: CueHit, found: Found, a: number): Frame | null {
  const { toks } = ctx;
  const boundary = found.inverted ? hit.first - 1 : beforeParenthesis(toks, found.speaker.first - 1);
  const bt = toks[boundary];
  if (!bt || !(bt.lower === ',' || bt.kind === 'quote') || hit.participle) return null;
  const cs = clauseStart(ctx.text, toks);
  if (cs > boundary - (bt.kind === 'quote' ? 0 : 1)) return null;
  const end = bt.kind === 'quote' ? bt.end : (toks[boundary - 1]?.end ?? bt.start);
  const edge = bt.kind === 'quote' ? bt.end : bt.start;
  const fe = frameEndTok(toks, a);
  const region = { boundary: edge, regionStart: Math.min(edge, base.speaker.start, base.cueStart), regionEnd: regionEnd(toks, a) };
  const citing = citingAfter(ctx, a);
  const why = citing ? [...base.why, CITING.id] : base.why;
  const quotes = toks.slice(cs, boundary + 1).filter((t) => t.kind === 'quote').map((t) => t.span);
  // `"X," he said, "Y."`: a quote after the frame continues it, unless another verb of saying comes first.
  const later = toks.slice(fe).find((t) => t.kind === 'quote');
  const laterOk = later && !matchCues(toks.slice(fe, toks.indexOf(later))).length && toks[fe]?.lower === ',';
  if (toks[cs]?.kind === 'quote') {
    return { ...base, ...region, citing, why, pattern: found.inverted ? 'direct-frame-inverted' : 'direct-frame-after', content: null, direct: laterOk && later ? [...quotes, later.span] : quotes };
  }
  // The rest of the sentence after a mid-sentence frame is the rest of the clause, unless a participle or a quote opens it.
  // After an inverted frame a comma opens an appositive ("said Brian Baker, a longtime adviser"), not more of the clause.
  const rest = toks[fe]?.lower === ',' && !found.inverted ? fe + 1 : -1;
  const tailOk = rest > 0 && rest < toks.length && !isParticiple(toks[rest]) && !isQuote(toks[rest]) && toks[rest]?.lower !== 'according' && !isEnd(toks[rest]);
  const tail = tailOk ? { start: toks[rest]?.start ?? 0, end: contentEnd(toks, rest, toks.length) } : null;
  return { ...base, ...region, citing, tail, why, pattern: 'indirect-trailing', content: { start: toks[cs]?.start ?? 0, end }, direct: [] };
}
