import type { EventArgument, EventLocation } from '../../model/event.js';
import type { ArgUnit } from './argument-units.js';
import { clauseSubject } from './clause-subject.js';
import { sidesOf, toArgument, type TriggerMatch } from './event-argument.js';
import type { ArticleState, SourcePick } from './find-source.js';
import { LOCATIVE_PREPOSITIONS, MEMBER_NOUNS, PROPOSAL_NOUNS } from './rules/word-lists.js';
import { segmentAt, segmentIndex, type SentenceView } from './sentence-view.js';
import { frameHolding, type SpeechFrame } from './speech-frames.js';
import { wordBefore, wordsIn, wordSet } from './text-window.js';
import { agentAfter, conjuncts, governingPreposition, isModifier, unitJustBefore } from './unit-roles.js';

const LOCATIVE = wordSet(LOCATIVE_PREPOSITIONS.words);
const MEMBERS = wordSet(MEMBER_NOUNS.words);
const PROPOSALS = wordSet(PROPOSAL_NOUNS.words);
const PLACE_KINDS: ReadonlySet<string> = new Set(['place', 'country', 'name']);

const sameSpan = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start === b.start && a.end === b.end;

/** True when a place name after "in"/"at" is where the act happened (not "his counterparts in France"). */
export function isLocation(view: SentenceView, u: ArgUnit): boolean {
  if (!PLACE_KINDS.has(u.head.kind)) return false;
  const governing = governingPreposition(view, u);
  if (!governing || !LOCATIVE.has(governing)) return false;
  const prep = wordsIn(view.text, Math.max(view.start, u.start - 80), u.start).reverse().find((w) => w.lower === governing);
  if (!prep) return false;
  const beforePrep = wordBefore(view.text, prep.start, view.start);
  return !(beforePrep && MEMBERS.has(beforePrep.lower));
}

/** The place the act happened in: the first place after "in"/"at" in the trigger's clause. */
export function findLocation(view: SentenceView, m: TriggerMatch, used: readonly EventArgument[]): EventLocation | null {
  const seg = segmentAt(view, m.start);
  const u = view.units.find((x) => x.start >= seg.start && x.end <= seg.end && isLocation(view, x) && !used.some((a) => a.start >= x.start && a.end <= x.end));
  return u ? { start: u.head.start, end: u.head.end, text: view.text.slice(u.head.start, u.head.end), code: u.head.code ?? u.codes[0]?.code ?? null } : null;
}

/** Farther than this from its trigger, a name is in another phrase, not the object. Chosen on the built-in gold and BBC samples. */
const OBJECT_REACH = 70;

/**
 * "criticised the government for …", "accused ministers of turning Britain …": another noun
 * phrase, a gerund or an infinitive between trigger and name puts the name in another phrase.
 */
function nounPhraseBefore(view: SentenceView, from: number, u: ArgUnit): boolean {
  const gap = view.text.slice(from, u.start).replace(/\b(?:the|a|an)\s*$/iu, '');
  return /\b(?:the|a|an|this|that|these|those)\s+[a-z][\w-]*\b|\b[a-z]{3,}ing\b|\bto\s+[a-z]+\s/iu.test(gap);
}

function objectIn(view: SentenceView, m: TriggerMatch, from: number, to: number, source: SourcePick | null): EventArgument[] {
  for (const u of view.units) {
    if (u.start < from || u.end > to) continue;
    if (u.start - from > OBJECT_REACH) break;
    if (m.rule.firstNounPhrase && nounPhraseBefore(view, from, u)) break;
    if (source?.args.some((a) => a.start >= u.start && a.end <= u.end)) continue;
    const prep = governingPreposition(view, u, m.end);
    if (prep === 'by' || (u.start > m.end + 1 && isLocation(view, u))) continue;
    if (m.rule.objectVia && !m.rule.objectVia.includes(prep ?? '')) continue;
    if (u.possessive) {
      const arg = toArgument(view, u, 'target-object');
      if (arg.staffOf) return [{ ...arg, rule: 'target-staff-possessor' }];
      if (m.rule.possessorTarget) return [{ ...arg, rule: 'target-possessor' }];
      continue;
    }
    // "pausing U.S. aid to Ukraine": a modifier gives way to a party after it ("offer Ukraine security guarantees" has none).
    if (isModifier(view, u) && u.head.kind !== 'anonymous' && view.units.some((o) => o.start >= u.end && o.end <= to)) continue;
    return conjuncts(view, u).filter((c) => c.start >= u.start && !c.possessive).map((c) => toArgument(view, c, 'target-object'));
  }
  return [];
}

/** Verbal acts whose object may sit in the clause after them ("hit back, saying the US president …"). */
const VERBAL: ReadonlySet<string> = new Set(['ACCUSE', 'REJECT', 'REQUEST', 'THREATEN', 'SUPPORT']);

function objectOf(view: SentenceView, m: TriggerMatch, source: SourcePick | null): EventArgument[] {
  const i = segmentIndex(view, m.start);
  const seg = view.segments[i];
  if (!seg) return [];
  const found = objectIn(view, m, m.end, seg.end, source);
  if (found.length > 0) return found;
  const next = view.segments[i + 1];
  // "hit back, saying the US president …", "allegations that Zelensky …": the object is in the next clause.
  if (next && VERBAL.has(m.rule.type) && (next.kind === 'participial' || next.kind === 'complement')) return objectIn(view, m, next.start, next.end, source);
  return [];
}

function ownerOf(view: SentenceView, m: TriggerMatch): EventArgument[] {
  const seg = segmentAt(view, m.start);
  const to = Math.min(seg.end, m.end + 90);
  for (const u of view.units) {
    if (u.start < m.end || u.end > to) continue;
    if (u.possessive) return [toArgument(view, u, 'target-owner-possessor')];
    const next = wordsIn(view.text, u.end, Math.min(view.end, u.end + 40)).slice(0, 3);
    if (isModifier(view, u) && next.some((w) => PROPOSALS.has(w.lower))) return [toArgument(view, u, 'target-owner-modifier')];
  }
  const words = wordsIn(view.text, m.end, to);
  const thing = words.find((w) => PROPOSALS.has(w.lower));
  const agent = thing ? agentAfter(view, thing.end, to) : null;
  return agent ? [toArgument(view, agent, 'target-owner-agent')] : [];
}

function clauseSubjectTarget(view: SentenceView, m: TriggerMatch, frames: readonly SpeechFrame[]): EventArgument[] {
  const seg = segmentAt(view, m.start);
  const frame = frameHolding(frames, m.start);
  const from = frame && frame.cueEnd <= m.start && frame.cueEnd > seg.start ? frame.cueEnd : seg.start;
  const u = view.units.find((x) => x.start >= from && x.end <= m.start && governingPreposition(view, x) === null);
  return u ? [toArgument(view, u, 'target-clause-subject')] : [];
}

function excludedOf(view: SentenceView, m: TriggerMatch): EventArgument[] {
  const seg = segmentAt(view, m.start);
  const u = unitJustBefore(view, m.start, seg.start) ?? clauseSubject(view, segmentIndex(view, m.start), m.start)?.unit ?? null;
  return u ? conjuncts(view, u).filter((c) => !c.possessive).map((c) => toArgument(view, c, 'target-excluded')) : [];
}

function mainSubjectOf(view: SentenceView, m: TriggerMatch, source: SourcePick | null): EventArgument[] {
  const u = view.units.find((x) => !x.possessive && governingPreposition(view, x) === null && !(x.start >= m.start && x.start < m.end)
    && !source?.args.some((a) => a.start >= x.start && a.end <= x.end));
  return u ? [toArgument(view, u, 'target-main-subject')] : [];
}

function reactionTo(view: SentenceView, source: SourcePick | null, state: ArticleState): EventArgument[] {
  const prior = state.lastSource;
  if (prior && prior.sentence === view.index && !source?.args.some((a) => sameSpan(a, prior.source))) return [{ ...prior.source, rule: 'target-reaction-to-prior-act' }];
  const first = view.units.find((u) => !source?.args.some((a) => a.start >= u.start && a.end <= u.end));
  return first ? [toArgument(view, first, 'target-reaction-to-subject')] : [];
}

/** Finds the targets of a trigger by its rule's slot (empty when no words name one). */
export function findTarget(view: SentenceView, m: TriggerMatch, source: SourcePick | null, frames: readonly SpeechFrame[], state: ArticleState): EventArgument[] {
  switch (m.rule.target) {
    case 'reaction': return reactionTo(view, source, state);
    case 'object': return objectOf(view, m, source);
    case 'owner': return ownerOf(view, m);
    case 'clause-subject': return clauseSubjectTarget(view, m, frames);
    case 'excluded': return excludedOf(view, m);
    case 'main-subject': return mainSubjectOf(view, m, source);
  }
}

/** "X and Y met", "American and Ukrainian officials met", "Zelensky told Trump during a call": the other side of a meeting. */
export function otherSide(view: SentenceView, m: TriggerMatch, source: SourcePick): { source: EventArgument[]; target: EventArgument[] } | null {
  const [first, ...rest] = source.args;
  // "The US, Russia and Switzerland met": every pair met; sources all but the last, targets all but the first.
  if (first && rest.length > 0) return { source: source.args.slice(0, -1), target: rest.map((a) => ({ ...a, rule: 'target-coordinated-subject' })) };
  const unit = view.units.find((u) => first && u.head.start === first.start && u.head.end === first.end);
  if (unit) {
    const sides = sidesOf(view, unit, 'side-joint-group');
    const [a, ...others] = sides;
    if (a && others.length > 0) return { source: [a], target: others };
  }
  // "Zelensky told Trump during a phone call": only a call takes its other side from the clause around it.
  if (m.rule.mode !== 'phone') return null;
  const other = view.units.filter((u) => u.end <= m.start && !u.possessive && governingPreposition(view, u) === null
    && !source.args.some((s) => s.start >= u.start && s.end <= u.end));
  const last = other[other.length - 1];
  return last && first ? { source: [first], target: [toArgument(view, last, 'target-other-party')] } : null;
}

/** The host of a visit, summit or protest when no party is named: the place it happened in. */
export function hostPlace(location: EventLocation | null, source: SourcePick | null): EventArgument[] {
  if (!location || source?.args.some((a) => sameSpan(a, location))) return [];
  return [{ start: location.start, end: location.end, text: location.text, kind: 'place', code: location.code, rule: 'target-host-place', staffOf: false, possessor: null }];
}
