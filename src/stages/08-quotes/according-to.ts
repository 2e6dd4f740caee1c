import { clauseStart } from './after-cue.js';
import { contentEnd } from './content-extent.js';
import type { Frame, FrameContext } from './frame.js';
import { phraseStartingAt, phraseUpToPunctuation, type SpeakerPhrase } from './noun-phrase.js';
import { ACCORDING_TO } from './rules/speech-cues.js';
import { isEnd } from './token-shapes.js';

/** "according to X" before or after a clause. */
export function readAccordingTo(ctx: FrameContext, i: number): Frame | null {
  const { text, toks } = ctx;
  const own = phraseStartingAt(text, toks, i + 2, toks.length);
  const ends = (p: SpeakerPhrase | null): boolean => p !== null && (isEnd(toks[p.last + 1]) || /^[,;:)]$/u.test(toks[p.last + 1]?.text ?? ''));
  const speaker = ends(own) ? own : phraseUpToPunctuation(text, toks, i + 2, 14);
  if (!speaker) return null;
  const cs = clauseStart(text, toks);
  const edge = toks[i - 1]?.lower === ',' ? (toks[i - 1]?.start ?? 0) : (toks[i]?.start ?? 0);
  const base = { cueStart: toks[i]?.start ?? 0, cueEnd: toks[i + 1]?.end ?? 0, cueTok: i, speaker, boundary: edge, tail: null, citing: null, introducesNext: false, participle: false, fragments: true, why: [ACCORDING_TO.id, ...speaker.why] };
  const region = { regionStart: toks[i]?.start ?? 0, regionEnd: speaker.phraseEnd };
  if (i <= cs && toks[speaker.last + 1]?.lower === ',') {
    const from = speaker.last + 2;
    return { ...base, ...region, pattern: 'indirect-according-to', content: { start: toks[from]?.start ?? 0, end: contentEnd(toks, from, toks.length) }, direct: [] };
  }
  const bt = toks[i - 1];
  if (!bt || !(bt.lower === ',' || bt.kind === 'quote') || cs > i - 1) return null;
  const end = bt.kind === 'quote' ? bt.end : (toks[i - 2]?.end ?? bt.start);
  if (toks[cs]?.kind === 'quote') {
    return { ...base, ...region, pattern: 'direct-frame-after', content: null, direct: toks.slice(cs, i).filter((t) => t.kind === 'quote').map((t) => t.span) };
  }
  return { ...base, ...region, pattern: 'indirect-according-to', content: { start: toks[cs]?.start ?? 0, end }, direct: [] };
}
