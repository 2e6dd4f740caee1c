import type { EventArgument } from '../../model/event.js';
import { clauseSubject } from './clause-subject.js';
import { sidesOf, toArgument, type TriggerMatch } from './event-argument.js';
import { segmentAt, segmentIndex, type SentenceView } from './sentence-view.js';
import { frameHolding, type SpeechFrame } from './speech-frames.js';
import { wordsIn } from './text-window.js';
import { agentAfter, conjuncts, governingPreposition, possessorJustBefore } from './unit-roles.js';

/** What the finders remember: the last meeting's host ("X was not invited"), the last act's author ("drawing a rebuke"). */
export interface ArticleState {
  lastConsult: { source: EventArgument; sentence: number } | null;
  lastSource: { source: EventArgument; sentence: number } | null;
}

/** A source: one or more names (coordinated subjects), and whether it came from a passive by-agent. */
export interface SourcePick {
  args: EventArgument[];
  passive: boolean;
}

const PASSIVE_BEFORE = /\b(?:is|was|were|are|been|being|be)\s+(?:\p{L}+ly\s+)?$/iu;

/** "talks between A and B": the sides named after "between" within the first words after `from`. */
export function sidesBetween(view: SentenceView, from: number, maxWords = 3): EventArgument[] {
  const between = wordsIn(view.text, from, view.end).slice(0, maxWords).find((w) => w.lower === 'between');
  const first = between ? view.units.find((u) => u.start >= between.end) : undefined;
  if (!first) return [];
  const sides = sidesOf(view, first, 'sides-between');
  if (sides.length >= 2) return sides;
  return conjuncts(view, first).filter((u) => u.start >= first.start).map((u) => toArgument(view, u, 'sides-between'));
}

/** "U.S.-Russia talks": two names joined by a hyphen right before `pos`. */
export function sidesCompoundBefore(view: SentenceView, pos: number): EventArgument[] {
  for (let i = 0; i + 1 < view.units.length; i += 1) {
    const a = view.units[i];
    const b = view.units[i + 1];
    if (a && b && b.end <= pos && pos - b.end <= 2 && /^[-–]$/u.test(view.text.slice(a.end, b.start))) return [toArgument(view, a, 'sides-compound'), toArgument(view, b, 'sides-compound')];
  }
  return [];
}

function withConjuncts(view: SentenceView, unit: Parameters<typeof conjuncts>[1], rule: string): EventArgument[] {
  const sides = sidesOf(view, unit, rule);
  if (sides.length >= 2) return [toArgument(view, unit, rule)];
  return conjuncts(view, unit).filter((u) => !u.possessive || u === unit).map((u) => toArgument(view, u, rule));
}

/** Finds the source of a trigger by its rule's slot; null when no words name one. */
export function findSource(view: SentenceView, m: TriggerMatch, frames: readonly SpeechFrame[], state: ArticleState): SourcePick | null {
  const seg = segmentAt(view, m.start);
  const slot = m.rule.source;
  if (slot === 'speaker') {
    const speaker = frameHolding(frames, m.start)?.speaker;
    return speaker ? { args: [toArgument(view, speaker, 'source-speaker')], passive: false } : null;
  }
  if (slot === 'from') {
    // "criticism from both parties in Congress" names no party after "from" itself.
    const u = view.units.find((x) => x.start >= m.end && x.end <= seg.end) ?? view.units.find((x) => x.start >= m.end);
    const prep = u ? governingPreposition(view, u, m.start) : null;
    return u && (prep === 'from' || prep === 'by') ? { args: withConjuncts(view, u, 'source-from'), passive: false } : null;
  }
  if (slot === 'host') {
    // "not invited to talks between the US and Russia", "a meeting between … without Ukrainians": the first side of those talks.
    const meetingWords = wordsIn(view.text, view.start, view.end).filter((w) => /^(?:talks|meeting|meetings|negotiations)$/u.test(w.lower));
    const ordered = [...meetingWords.filter((w) => w.start >= m.end), ...meetingWords.filter((w) => w.start < m.start).reverse()];
    const sides = ordered.flatMap((w) => [...sidesBetween(view, w.end), ...sidesCompoundBefore(view, w.start)]);
    const first = sides[0];
    if (first) return { args: [{ ...first, rule: 'source-host-talks' }], passive: false };
    const last = state.lastConsult;
    return last && view.index - last.sentence <= 3 ? { args: [{ ...last.source, rule: 'source-host-previous-meeting' }], passive: false } : null;
  }
  const possessor = possessorJustBefore(view, m.start, seg.start);
  if (possessor) return { args: [toArgument(view, possessor, 'source-possessor')], passive: false };
  const window = Math.min(seg.end, m.end + 60);
  const byWord = wordsIn(view.text, m.end, window).findIndex((w) => w.lower === 'by');
  const passive = PASSIVE_BEFORE.test(view.text.slice(seg.start, m.start));
  // "a visit by X", "pressured by X": a by-phrase right after a noun or a passive verb is the agent.
  if (byWord >= 0 && (byWord <= 1 || (passive && byWord <= 3))) {
    const agent = agentAfter(view, m.end, window);
    if (agent) return { args: withConjuncts(view, agent, 'source-by-agent'), passive };
  }
  const subject = clauseSubject(view, segmentIndex(view, m.start), m.start, /ing$/u.test(m.text));
  // A relative clause's antecedent is the one name before "who", not its conjuncts.
  if (subject?.rule === 'subject-relative-antecedent') return { args: [toArgument(view, subject.unit, 'source-subject-relative-antecedent')], passive: false };
  if (subject) return { args: withConjuncts(view, subject.unit, `source-${subject.rule}`), passive: false };
  const speaker = m.rule.speakerFallback ? frameHolding(frames, m.start)?.speaker : null;
  if (speaker) return { args: [toArgument(view, speaker, 'source-speaker-fallback')], passive: false };
  if (seg.rule !== 'clause-semicolon-colon') return null;
  // "Trump's Harsh Rhetoric: Warned Zelenskyy …": a heading before a colon names the subject.
  const before = view.units.filter((u) => u.end <= m.start);
  const nearest = before[before.length - 1];
  return nearest ? { args: [toArgument(view, nearest, 'source-heading-before-colon')], passive: false } : null;
}
