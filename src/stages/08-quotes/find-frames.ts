import { readAccordingTo } from './according-to.js';
import { afterHearer, quoteIntro, regionEnd, skipTime, startsClause, thatAfter } from './after-cue.js';
import { closingFrame } from './closing-frame.js';
import { contentEnd } from './content-extent.js';
import type { Frame, FrameBase, FrameContext } from './frame.js';
import { speakerOf } from './frame-speaker.js';
import type { Tok } from './frame-tokens.js';
import { matchCues, type CueHit } from './match-cues.js';
import { ADJUNCT_OPENERS, CLAUSE_STARTERS, TIME_WORDS } from './rules/frame-words.js';
import { beforeParenthesis, afterParenthesis, isEnd, isQuote } from './token-shapes.js';

export type { Frame } from './frame.js';

const ADJUNCT = new Set([...ADJUNCT_OPENERS, ...TIME_WORDS.words]);

/** Reads one cue into a frame, or null when it has no speaker or reports nothing. */
function readCue(ctx: FrameContext, hit: CueHit): Frame | null {
  const { toks } = ctx;
  const found = speakerOf(ctx, hit);
  if (!found) return null;
  const { speaker, inverted, relative } = found;
  const rule = hit.rule;
  const cue = { cueStart: toks[hit.first]?.start ?? 0, cueEnd: toks[hit.last]?.end ?? 0, cueTok: hit.first };
  const start = Math.min(speaker.start, cue.cueStart);
  const comma = toks[hit.first - 1]?.lower === ',' ? (toks[hit.first - 1]?.start ?? start) : start;
  const base: FrameBase = { ...cue, speaker, boundary: hit.participle ? comma : start, tail: null, citing: null, introducesNext: false, participle: hit.participle, fragments: rule.fragments, why: [rule.id, ...speaker.why] };
  let a = (inverted ? afterParenthesis(toks, speaker.last + 1) : hit.last + 1);

  // "said (in a … interview) that …"
  const that = rule.clause === 'none' || inverted ? -1 : thatAfter(toks, a, rule.hearer);
  if (that >= 0) {
    // "said that, so far, it had …": the clause starts at its first word.
    const from = toks[that + 1]?.lower === ',' ? that + 2 : that + 1;
    const s = toks[from]?.start ?? 0;
    return { ...base, pattern: 'indirect-that', content: { start: s, end: contentEnd(toks, from, toks.length) }, direct: [], regionStart: start, regionEnd: toks[that]?.start ?? s };
  }
  // “…,” he said several months later: a frame right after a quote closes it, whatever follows.
  const afterQuote = !inverted && isQuote(toks[beforeParenthesis(toks, speaker.first - 1)]);
  if (afterQuote && rule.frames) {
    const closing = closingFrame(ctx, base, hit, found, a);
    if (closing) return closing;
  }
  // "said, “…”", "said last week: "…"", "telling the Daily Mail on Wednesday, “…”"
  const intro = rule.frames && !inverted ? quoteIntro(toks, a) : -1;
  const framed = intro >= 0 ? toks[intro + 1] : undefined;
  if (framed?.kind === 'quote') {
    return { ...base, boundary: framed.start, pattern: 'direct-frame-before', content: null, direct: [framed.span], regionStart: start, regionEnd: framed.start };
  }
  if (rule.hearer) a = afterHearer(ctx, a);
  a = skipTime(toks, a);
  const next = toks[a];
  // "stating in his nightly address:" at the end of the sentence frames the next paragraph's quote.
  const last = toks[toks.length - 1];
  if (rule.frames && last?.lower === ':' && toks.slice(a, -1).every((t) => t.kind === 'word' || t.kind === 'title')) {
    return { ...base, pattern: 'direct-colon-intro', content: null, direct: [], introducesNext: true, regionStart: start, regionEnd: last.start };
  }
  // "said the deal will happen", "which Ukraine insists must be strengthened"
  if (rule.clause !== 'none' && (rule.clause === 'bare' || relative || rule.hearer) && !inverted && startsClause(toks, a, relative)) {
    const end = contentEnd(toks, a, toks.length);
    const words = toks.slice(a).filter((t) => t.kind === 'word' && t.end <= end).length;
    if (words >= 2) {
      return { ...base, pattern: relative ? 'indirect-relative-gap' : 'indirect-that', content: { start: next?.start ?? 0, end }, direct: [], regionStart: start, regionEnd: next?.start ?? 0, why: relative ? base.why : [...base.why, CLAUSE_STARTERS.id] };
    }
  }
  // A closing frame has nothing after its verb but adjuncts (or a hearer): "…, Waltz said of Zelenskiy."
  const closes = (rule.frames || rule.clause !== 'none') && (rule.hearer || inverted || isEnd(next) || next?.lower === ',' || ADJUNCT.has(next?.lower ?? '') || next?.lower === 'of' || next?.kind === 'title');
  const closing = closes ? closingFrame(ctx, base, hit, found, a) : null;
  if (closing) return closing;
  if (!rule.fragments) return null;
  return { ...base, pattern: 'direct-fragment', content: null, direct: [], regionStart: start, regionEnd: regionEnd(toks, a) };
}

/** Clips a clause at a later frame inside it (layered sourcing) and folds a participle into its own speaker's clause. */
function settle(text: string, frames: Frame[]): Frame[] {
  const out: Frame[] = [];
  for (const f of frames) {
    const host = out.find((o) => o.content && f.cueStart >= o.content.start && f.cueStart < o.content.end);
    if (host?.content && f.participle && !f.introducesNext && host.speaker.start === f.speaker.start) continue;
    const closes = f.introducesNext || ['indirect-trailing', 'direct-frame-after', 'direct-frame-inverted', 'indirect-according-to'].includes(f.pattern);
    if (host?.content && closes && f.boundary > host.content.start) {
      let end = Math.min(host.content.end, f.boundary);
      while (end > host.content.start && /[\s,]/u.test(text[end - 1] ?? '')) end -= 1;
      host.content.end = end;
    }
    out.push(f);
  }
  return out;
}

/** Every reporting frame of one sentence, in text order. */
export function findFrames(text: string, toks: readonly Tok[]): Frame[] {
  const ctx: FrameContext = { text, toks, frames: [] };
  const hits = matchCues(toks);
  const according = toks.flatMap((t, i) => (t.lower === 'according' && toks[i + 1]?.lower === 'to' ? [i] : []));
  const events = [...hits.map((h) => ({ at: h.first, hit: h as CueHit | null })), ...according.map((i) => ({ at: i, hit: null }))].sort((x, y) => x.at - y.at);
  for (const e of events) {
    const frame = e.hit ? readCue(ctx, e.hit) : readAccordingTo(ctx, e.at);
    if (frame) ctx.frames.push(frame);
  }
  return settle(text, ctx.frames);
}
