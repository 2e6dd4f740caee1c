import type { ArgUnit } from './argument-units.js';
import type { SentenceView } from './sentence-view.js';
import { INSTITUTION_NOUNS } from './rules/word-lists.js';
import { wordBefore, wordSet } from './text-window.js';
import { agentAfter, governingPreposition, isModifier, unitJustBefore } from './unit-roles.js';

const INSTITUTIONS = wordSet(INSTITUTION_NOUNS.words);

/** A chosen name and the rule that chose it. */
export interface Pick {
  unit: ArgUnit;
  rule: string;
}

const RELATIVE_SUBJECTS = /^(?:who|which|that)\b/iu;

/** A clause opening with a past-tense or reporting verb ("and resigned …", "said …"). */
const VERB_OPENING = /^[\s,]*(?:(?:and|but|then|also|later)\s+)*(?:[a-z]+ed|said|says|told|made|gave|took|met|sent|went|held|won|lost|left|put)\b/u;

/** A that-clause opening with only a pronoun, auxiliaries or adverbs takes the subject before it ("that they will not sign"). */
const OWN_SUBJECTLESS = /^\s*(?:(?:they|it|we|he|she|has|have|had|is|was|were|are|be|been|will|would|could|should|may|might|must|can|did|does|do|not|n['’]t|also|now|still|never|\p{Ll}+ly)\s+)*$/iu;

/** The name a relative clause ("Trump, who has criticized") refers back to: the name right before it, if any. */
function antecedent(view: SentenceView, segmentStart: number): ArgUnit | null {
  const before = view.units.filter((u) => u.end <= segmentStart && !u.possessive);
  const last = before[before.length - 1];
  return last && /^[\s,”"’)]*$/u.test(view.text.slice(last.end, segmentStart)) ? last : null;
}

/**
 * The subject of the clause holding `pos`: the name right before the verb, the antecedent of a
 * relative clause, the first name not inside a prepositional phrase, a by-agent, or else the
 * subject of the clause before (a participial or coordinated clause shares it).
 */
export function clauseSubject(view: SentenceView, segIdx: number, pos: number, gerund = false, depth = 0): Pick | null {
  const inherited = depth > 0;
  const seg = view.segments[segIdx];
  if (!seg) return null;
  // "after Ukraine objected": the subordinator opening the clause is no preposition of its subject.
  const floor = seg.kind === 'subordinate' ? seg.start + (/^\S+/u.exec(view.text.slice(seg.start))?.[0].length ?? 0) : view.start;
  // A clause that lends its subject to the next one lends its subject, not the object at its end.
  const adjacent = inherited ? null : unitJustBefore(view, pos, seg.start);
  // "culminated in Trump temporarily pausing aid": the name before a gerund is its subject, phrase or not.
  if (adjacent && (gerund || governingPreposition(view, adjacent, floor) === null)) return { unit: adjacent, rule: 'subject-adjacent' };
  const opener = view.text.slice(seg.start, seg.start + 10);
  if (seg.kind === 'relative' && RELATIVE_SUBJECTS.test(opener)) {
    const a = antecedent(view, seg.start);
    if (a) return { unit: a, rule: 'subject-relative-antecedent' };
  }
  // "…, resigned the UKIP whip": a clause that opens with its verb has no subject of its own; its names are objects.
  const opensWithVerb = seg.kind !== 'subordinate' && seg.kind !== 'relative' && VERB_OPENING.test(view.text.slice(seg.start, pos));
  const inSegment = opensWithVerb ? [] : view.units.filter((u) => u.start >= seg.start && u.end <= pos);
  const first = inSegment.find((u) => !u.possessive && governingPreposition(view, u, floor) === null && !(isModifier(view, u) && u.head.kind !== 'anonymous'));
  if (first && !seg.parenthetical) return { unit: first, rule: 'subject-clause' };
  // A nationality or country word opening the clause names the side ("the Ukrainian resistance").
  const modifier = inSegment.find((u) => !u.possessive && governingPreposition(view, u, floor) === null);
  if (modifier && !seg.parenthetical) return { unit: modifier, rule: 'subject-modifier' };
  const institution = inSegment.find((u) => {
    const prep = wordBefore(view.text, u.start, seg.start);
    const noun = prep && (prep.lower === 'in' || prep.lower === 'of') ? wordBefore(view.text, prep.start, seg.start) : null;
    return noun !== null && INSTITUTIONS.has(noun.lower);
  });
  if (institution && !seg.parenthetical) return { unit: institution, rule: 'subject-institution-of-country' };
  const agent = agentAfter(view, seg.start, pos);
  if (agent) return { unit: agent, rule: 'subject-by-agent' };
  if (depth > 8) return null;
  // "claimed that ISIL had attacked": a that-clause with words of its own before the verb has its own subject.
  if (seg.kind === 'complement' && !OWN_SUBJECTLESS.test(view.text.slice(seg.start, pos).replace(/^that\b/iu, ''))) return null;
  for (let i = segIdx - 1; i >= 0; i -= 1) {
    const prev = view.segments[i];
    if (!prev || prev.parenthetical) continue;
    const carried = clauseSubject(view, i, prev.end, false, depth + 1);
    return carried ? { unit: carried.unit, rule: 'subject-inherited' } : null;
  }
  return null;
}
