import type { Quote } from '../../model/quote.js';
import { contentId } from '../../pipeline/ids.js';
import type { QuoteCandidate } from './quote-candidate.js';

export const STAGE_VERSION = '1';

/** Turns candidates found in an article's text into quotes with stable ids; speakers stay unlinked (null). */
export function toQuotes(article: { id: string; text: string }, candidates: readonly QuoteCandidate[]): Quote[] {
  return candidates.map((c) => {
    const a = c.attribution;
    const sp = a.speaker;
    const antecedent = a.reading.antecedent;
    return {
      id: contentId('quote', article.id, c.kind, String(c.start), String(c.end)),
      article: article.id,
      text: c.text,
      kind: c.kind,
      speaker: null,
      start: c.start,
      end: c.end,
      speakerStart: sp.start,
      speakerEnd: sp.end,
      speakerText: article.text.slice(sp.start, sp.end),
      speakerKind: sp.kind ?? antecedent?.kind ?? (a.reading.name ? 'person' : null),
      speakerForm: sp.form,
      speakerName: a.reading.name,
      speakerDescription: a.reading.description,
      antecedentStart: antecedent?.start ?? null,
      antecedentEnd: antecedent?.end ?? null,
      cueStart: a.cueStart,
      cueEnd: a.cueEnd,
      medium: a.medium?.text ?? null,
      mediumStart: a.medium?.start ?? null,
      mediumEnd: a.medium?.end ?? null,
      date: a.date?.date ?? null,
      dateText: a.date?.text ?? null,
      attribution: contentId('attribution', article.id, String(a.cueStart), String(a.cueEnd), String(sp.start)),
      rule: c.rule,
      why: c.why,
      confidence: c.confidence,
      stage: 'quotes',
      stageVersion: STAGE_VERSION,
    };
  });
}
