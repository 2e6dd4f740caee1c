import type { ArgUnit } from './argument-units.js';
import { clauseSubject } from './clause-subject.js';
import { SPEECH_CUES, type SpeechCue } from './rules/speech-cues.js';
import { segmentIndex, type SentenceView } from './sentence-view.js';
import { unitJustBefore } from './unit-roles.js';

/** A reporting frame: who speaks, the cue, and the stretch of the sentence that holds the words. */
export interface SpeechFrame {
  rule: string;
  cueStart: number;
  cueEnd: number;
  speaker: ArgUnit | null;
  contentStart: number;
  contentEnd: number;
}

function unitRightAfter(view: SentenceView, pos: number): ArgUnit | null {
  const u = view.units.find((x) => x.start >= pos);
  return u && /^[\s,]*$/u.test(view.text.slice(pos, u.start)) ? u : null;
}

function frameOf(view: SentenceView, cue: SpeechCue, start: number, end: number): SpeechFrame {
  const base = { rule: cue.id, cueStart: start, cueEnd: end };
  if (cue.speaker === 'after') {
    const speaker = unitRightAfter(view, end);
    const opensSentence = /^[\s“"]*$/u.test(view.text.slice(view.start, start));
    return opensSentence
      ? { ...base, speaker, contentStart: speaker?.end ?? end, contentEnd: view.end }
      : { ...base, speaker, contentStart: view.start, contentEnd: start };
  }
  if (cue.speaker === 'subject') {
    // "with the Ukrainian leader responding that …": the name before a participle speaks, phrase or not.
    const subject = clauseSubject(view, segmentIndex(view, start), start, true);
    return { ...base, speaker: subject?.unit ?? null, contentStart: end, contentEnd: view.end };
  }
  const before = unitJustBefore(view, start, view.start) ?? unitJustBefore(view, start - 1, view.start);
  if (before) {
    // "“…,” Waltz said (on Thursday).": the words come before a speaker who closes the sentence.
    const lead = view.text.slice(view.start, before.start).trimEnd();
    const rest = view.text.slice(end, view.end);
    const closes = rest.length < 60 && !/\bthat\b/iu.test(rest);
    if (lead.length > 0 && /[,”"’]$/u.test(lead) && closes) return { ...base, speaker: before, contentStart: view.start, contentEnd: before.start };
    return { ...base, speaker: before, contentStart: end, contentEnd: view.end };
  }
  const after = unitRightAfter(view, end);
  if (after) return { ...base, speaker: after, contentStart: view.start, contentEnd: start };
  const subject = clauseSubject(view, segmentIndex(view, start), start);
  return { ...base, speaker: subject?.unit ?? null, contentStart: end, contentEnd: view.end };
}

/** Every reporting frame of a sentence. */
export function speechFrames(view: SentenceView): SpeechFrame[] {
  const sentence = view.text.slice(view.start, view.end);
  const out: SpeechFrame[] = [];
  for (const cue of SPEECH_CUES) {
    for (const m of sentence.matchAll(cue.pattern)) {
      const start = view.start + (m.index ?? 0);
      out.push(frameOf(view, cue, start, start + m[0].length));
    }
  }
  return out.sort((a, b) => a.cueStart - b.cueStart);
}

/** The frame whose words hold `pos`: of several, the one whose cue is nearest. */
export function frameHolding(frames: readonly SpeechFrame[], pos: number): SpeechFrame | null {
  let best: SpeechFrame | null = null;
  for (const f of frames) {
    if (pos < f.contentStart || pos >= f.contentEnd || f.speaker === null) continue;
    if (!best || Math.abs(f.cueStart - pos) < Math.abs(best.cueStart - pos)) best = f;
  }
  return best;
}
