import type { EventArgument } from '../../model/event.js';
import { clauseSubject } from './clause-subject.js';
import { sidesOf, toArgument, type TriggerMatch } from './event-argument.js';
import { findSource, sidesBetween, sidesCompoundBefore, type ArticleState, type SourcePick } from './find-source.js';
import { findTarget, otherSide } from './find-target.js';
import { segmentIndex, type SentenceView } from './sentence-view.js';
import type { SpeechFrame } from './speech-frames.js';

/** "talks between A and B", "U.S.-Russia talks": the two sides are the parties, whoever the clause's subject. */
function sidesRightAfter(view: SentenceView, m: TriggerMatch): EventArgument[] {
  const between = sidesBetween(view, m.end);
  return between.length >= 2 ? between : sidesCompoundBefore(view, m.start);
}

/** "has been accused", "was pressured": a past participle after a form of "be". */
function isPassive(view: SentenceView, m: TriggerMatch): boolean {
  const seg = view.segments[segmentIndex(view, m.start)];
  return /ed$/iu.test(m.text) && /\b(?:is|was|were|are|been|being|be)\s+(?:[a-z]+ly\s+)?$/iu.test(view.text.slice(seg?.start ?? view.start, m.start));
}

function splitJoint(view: SentenceView, arg: EventArgument): EventArgument[] {
  const unit = view.units.find((u) => u.head.start === arg.start && u.head.end === arg.end);
  const sides = unit ? sidesOf(view, unit, arg.rule) : [];
  return sides.length >= 2 ? sides : [arg];
}

/** The names of an event's source and targets, before hosts, lists and counterparts are added. */
export interface Parties {
  source: SourcePick | null;
  targets: EventArgument[];
}

/**
 * Source and targets of one trigger: the sides of "talks between A and B", else the rule's slots,
 * with passives turned round and joint groups ("US and British activists") split into their sides.
 */
export function findParties(view: SentenceView, m: TriggerMatch, frames: readonly SpeechFrame[], state: ArticleState): Parties {
  if (m.rule.reciprocal) {
    const [a, ...rest] = sidesRightAfter(view, m);
    if (a && rest.length > 0) return { source: { args: [a], passive: false }, targets: rest };
  }
  let source = findSource(view, m, frames, state);
  let targets = findTarget(view, m, source, frames, state);
  if (m.rule.target === 'object' && !m.rule.noun && isPassive(view, m) && source && !source.passive) {
    // "The Labour Party has been accused of …": with no by-agent, the subject undergoes the act and the actor is unknown.
    source = null;
    const patient = clauseSubject(view, segmentIndex(view, m.start), m.start)?.unit;
    targets = patient ? [toArgument(view, patient, 'target-passive-subject')] : [];
  }
  if (source?.passive && m.rule.target === 'object') {
    // "Obama is being pressured by Congress": the agent acts, the subject undergoes.
    const patient = clauseSubject(view, segmentIndex(view, m.start), m.start)?.unit;
    if (patient && !source.args.some((x) => x.start >= patient.start && x.end <= patient.end)) targets = [toArgument(view, patient, 'target-passive-subject')];
  }
  if (targets.length === 0 && m.rule.splitSubject && source) {
    const sides = otherSide(view, m, source);
    if (sides) return { source: { args: sides.source, passive: false }, targets: sides.target };
  }
  if (m.rule.reciprocal) return { source, targets };
  // "US and British activists staged a protest": each side of a joint group acts.
  return { source: source ? { ...source, args: source.args.flatMap((a) => splitJoint(view, a)) } : null, targets: targets.flatMap((a) => splitJoint(view, a)) };
}
