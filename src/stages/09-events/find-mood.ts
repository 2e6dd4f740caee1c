import type { Modality } from '../../model/event.js';
import type { TriggerMatch } from './event-argument.js';
import { MODALITY_CUES, NEGATION_CUES, type MoodCue } from './rules/mood-cues.js';
import { segmentAt, segmentIndex, type SentenceView } from './sentence-view.js';

/** Negation and modality of one trigger, with the cue rules that decided them. */
export interface Mood {
  negated: boolean;
  modality: Modality;
  why: string[];
}

function scopeText(view: SentenceView, m: TriggerMatch, cue: MoodCue): string {
  const i = segmentIndex(view, m.start);
  const seg = view.segments[i] ?? segmentAt(view, m.start);
  // "He will visit … before chairing a meeting": a dependent clause shares the modality of the clause it hangs on.
  const dependent = seg.kind === 'subordinate' || seg.kind === 'participial';
  const clauseStart = dependent ? (view.segments[i - 1]?.start ?? seg.start) : seg.start;
  switch (cue.scope) {
    case 'adjacent': return view.text.slice(Math.max(seg.start, m.start - 60), m.start);
    case 'clause': return view.text.slice(clauseStart, m.start);
    case 'sentence': return view.text.slice(view.start, view.end);
    case 'following': return view.text.slice(m.end, Math.min(view.end, m.end + 100));
  }
}

/**
 * Reads negation ("did not sign", "no signing") and modality (planned, hypothetical, demanded)
 * around a trigger. A stated non-occurrence ("there would be no signing") stays asserted.
 */
export function findMood(view: SentenceView, m: TriggerMatch, futureDate: boolean): Mood {
  const why: string[] = [];
  let negated = m.rule.negated === true;
  let negatedByNo = false;
  for (const cue of NEGATION_CUES) {
    if (m.rule.noun && cue.id !== 'negation-no') continue;
    if (!cue.pattern.test(scopeText(view, m, cue))) continue;
    negated = true;
    negatedByNo ||= cue.id === 'negation-no';
    why.push(cue.id);
  }
  let modality: Modality = 'asserted';
  for (const cue of MODALITY_CUES) {
    if (cue.effect === 'negated' || (m.rule.noun && cue.id === 'modality-infinitive')) continue;
    if (!cue.pattern.test(scopeText(view, m, cue))) continue;
    modality = cue.effect;
    why.push(cue.id);
    break;
  }
  if (modality === 'asserted' && futureDate) {
    modality = 'planned';
    why.push('modality-future-date');
  }
  // "no agreement would be reached", "there would be no signing": the non-occurrence is what is stated.
  if (negatedByNo && (modality === 'planned' || modality === 'hypothetical')) {
    modality = 'asserted';
    why.push('modality-stated-non-occurrence');
  }
  return { negated, modality, why };
}
