import { clauseSubject } from './clause-subject.js';
import type { FrameContext, Found } from './frame.js';
import type { CueHit } from './match-cues.js';
import { phraseEndingAt, phraseStartingAt, type SpeakerPhrase } from './noun-phrase.js';
import { BETWEEN_SPEAKER_AND_CUE, PASSIVE_AUX } from './rules/frame-words.js';
import { afterParenthesis, beforeParenthesis, isEnd, isQuote } from './token-shapes.js';

const BETWEEN = new Set(BETWEEN_SPEAKER_AND_CUE.words);
const PASSIVE = new Set(PASSIVE_AUX);
/** Words before a participle that leave its subject to the main clause ("by saying", "after saying"). */
const PARTICIPLE_PREPS = new Set(['by', 'after', 'before', 'while', 'without', 'in', 'when', 'since', 'and', 'also', 'again']);

/** The speaker of a participle or coordinated verb: the last frame's speaker in the sentence, or the clause subject. */
function governingSpeaker(ctx: FrameContext, before: number): SpeakerPhrase | null {
  const last = ctx.frames[ctx.frames.length - 1];
  if (last && last.cueTok < before) return last.speaker;
  return clauseSubject(ctx.text, ctx.toks, before);
}

/** The speaker after an inverted verb ("…,” said Rep. Gwen Moore (D-Wis.)."). */
function speakerAfter(ctx: FrameContext, hit: CueHit): Found | null {
  const after = phraseStartingAt(ctx.text, ctx.toks, hit.last + 1, ctx.toks.length);
  if (!after) return null;
  const next = ctx.toks[afterParenthesis(ctx.toks, after.last + 1)];
  return isEnd(next) || next?.lower === ',' || next?.text === '(' || isQuote(next) ? { speaker: after, inverted: true, relative: false } : null;
}

/** Finds the speaker of a cue and how it relates to it. */
export function speakerOf(ctx: FrameContext, hit: CueHit): Found | null {
  const { text, toks } = ctx;
  let b = hit.first - 1;
  let passive = false;
  while (b >= 0 && toks[b]?.kind === 'word' && BETWEEN.has(toks[b]?.lower ?? '')) {
    if (PASSIVE.has(toks[b]?.lower ?? '')) passive = true;
    b -= 1;
  }
  // "was called", "is said": the subject is not the speaker (the verb of "was quoted as saying" is passive by nature).
  if (passive && !hit.participle && !hit.rule.id.startsWith('cue-quoted-as')) return null;
  b = beforeParenthesis(toks, b);
  const prev = toks[b];
  if (hit.participle || prev?.lower === 'and') {
    if (prev && prev.kind === 'word' && !PARTICIPLE_PREPS.has(prev.lower)) {
      const own = phraseEndingAt(text, toks, b, 0);
      return own ? { speaker: own, inverted: false, relative: false } : null;
    }
    if (prev && prev.kind !== 'word' && prev.lower !== ',') return null;
    const governing = governingSpeaker(ctx, b);
    return governing ? { speaker: governing, inverted: false, relative: false } : null;
  }
  // "an architect who said": the relative pronoun stands for the phrase before it.
  if (prev?.lower === 'who') {
    const k = toks[b - 1]?.lower === ',' ? b - 2 : b - 1;
    const own = phraseEndingAt(text, toks, k, 0);
    return own ? { speaker: own, inverted: false, relative: false } : null;
  }
  if (prev?.lower === ',') {
    // An aside between subject and verb: "Bessent, who visited Ukraine last week, said …"; an appositive name wins.
    for (let k = b - 1; k >= Math.max(0, b - 14); k -= 1) {
      const t = toks[k];
      if (t?.lower !== ',') {
        if (t?.kind === 'quote') break;
        continue;
      }
      const inner = phraseEndingAt(text, toks, b - 1, k + 1);
      if (inner && inner.first === k + 1 && inner.form === 'name') return { speaker: inner, inverted: false, relative: false };
      const outer = phraseEndingAt(text, toks, beforeParenthesis(toks, k - 1), 0);
      if (outer) return { speaker: outer, inverted: false, relative: false };
      break;
    }
  }
  if (prev === undefined || prev.kind === 'quote' || prev.lower === ',') return speakerAfter(ctx, hit);
  const own = phraseEndingAt(text, toks, b, 0);
  if (!own) return null;
  const before = toks[own.first - 1]?.lower;
  return { speaker: own, inverted: false, relative: (before === 'that' || before === 'which') && own.first - 1 > 0 };
}
