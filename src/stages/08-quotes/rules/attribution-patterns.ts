import { defineRules, type QuoteRule } from './quote-rule.js';

/** How a quote is tied to its speaker; every quote records one of these as its `rule`. */
export interface PatternRule extends QuoteRule {
  /** Set by hand from the minerals-deal gold (how often the pattern was right there), not calibrated. */
  confidence: number;
}

export const PATTERNS = defineRules<PatternRule>([
  {
    id: 'direct-frame-after', confidence: 0.95,
    reason: 'A quote followed by its frame: "…," he said.',
    examples: [{ text: '“He better move fast,” Trump said this week.', quote: 'He better move fast', kind: 'direct', speaker: 'Trump' }],
    counterExamples: ['“Fox & Friends” aired at seven.'],
  },
  {
    id: 'direct-frame-inverted', confidence: 0.9,
    reason: 'A quote followed by verb then speaker: "…," said Mr Blair.',
    examples: [{ text: '"We will win," said Mr Blair.', quote: 'We will win', kind: 'direct', speaker: 'Mr Blair' }],
    counterExamples: ['"We will win," said nobody in particular at the meeting on Monday.'],
  },
  {
    id: 'direct-frame-before', confidence: 0.95,
    reason: 'A frame then a comma or colon and the quote: Waltz said, "…".',
    examples: [{ text: 'Ukrainian president Volodymyr Zelensky said last week: "Nothing that could threaten Ukraine\'s accession to the EU can be accepted."', quote: "Nothing that could threaten Ukraine's accession to the EU can be accepted.", kind: 'direct', speaker: 'Volodymyr Zelensky' }],
    counterExamples: ['The word "No entry" was painted on the door.'],
  },
  {
    id: 'direct-colon-intro', confidence: 0.9,
    reason: 'A frame ending in a colon introduces the quote that opens the next paragraph.',
    examples: [{ text: 'Zelenskyy maintained a diplomatic tone, stating in his nightly address:\n“Our teams are working on a draft agreement.”', quote: 'Our teams are working on a draft agreement.', kind: 'direct', speaker: 'Zelenskyy' }],
    counterExamples: ['The proposed agreement aims to:\n“Strengthen ties” is the first heading.'],
  },
  {
    id: 'direct-continuation', confidence: 0.85,
    reason: 'A quote opening the sentence or paragraph after an attributed quote continues the same speaker.',
    examples: [{ text: '“He better move fast,” Trump said this week. “Or he won’t have a country left to lead.”', quote: 'Or he won’t have a country left to lead.', kind: 'direct', speaker: 'Trump' }],
    counterExamples: ['The deal stalled. “Fox & Friends” aired at seven.'],
  },
  {
    id: 'direct-runs-on', confidence: 0.9,
    reason: 'A quote left open at the end of a paragraph and reopened in the next is one quote in two pieces, with one speaker.',
    examples: [{ text: 'Sybiha posted that he had spoken with Rubio “to continue the dialogue.\n\n“I underscored Ukraine’s strong will to achieve peace.”', quote: 'I underscored Ukraine’s strong will to achieve peace.', kind: 'direct', speaker: 'Sybiha' }],
    counterExamples: ['He said “no more talks.\n\nThe meeting ended.'],
  },
  {
    id: 'direct-in-content', confidence: 0.85,
    reason: 'Quoted words inside a reported clause are the reported speaker’s.',
    examples: [{ text: 'Trump said on Wednesday night that he was trying to “resurrect” the minerals deal.', quote: 'resurrect', kind: 'direct', speaker: 'Trump' }],
    counterExamples: ['Officials said the talks failed. The so-called “peace dividend” never came.'],
  },
  {
    id: 'direct-fragment', confidence: 0.75,
    reason: 'Quoted words after a verb of saying or naming in the same sentence are that speaker’s.',
    examples: [{ text: 'Zelensky fired back, dismissing Trump’s remarks as the product of a "disinformation space."', quote: 'disinformation space.', kind: 'direct', speaker: 'Zelensky' }],
    counterExamples: ['The “special military operation” began in 2022.'],
  },
  {
    id: 'direct-citing', confidence: 0.8,
    reason: 'Quoted words in a report that cites a source are the source’s.',
    examples: [{ text: 'Talks have grown increasingly "antagonistic," Reuters reported, citing a source with knowledge of the matter.', quote: 'antagonistic', kind: 'direct', speaker: 'a source with knowledge of the matter' }],
    counterExamples: ['Talks have grown increasingly "antagonistic," Reuters reported.'],
  },
  {
    id: 'direct-nested', confidence: 0.8,
    reason: 'Inside a quote, a named third person’s words: "as the vice president said, ‘bad-mouthing’".',
    examples: [{ text: '“We see this, as the vice president said, ‘bad-mouthing’ in the press,” Waltz continued.', quote: 'bad-mouthing', kind: 'direct', speaker: 'the vice president' }],
    counterExamples: ['“They told him ‘no,\'” Trump said.'],
  },
  {
    id: 'indirect-that', confidence: 0.85,
    reason: 'Speaker, verb, then the reported clause (with or without "that").',
    examples: [{ text: 'Zelenskyy publicly objected, saying that Ukraine should be part of any talks that determine its future.', quote: 'Ukraine should be part of any talks that determine its future', kind: 'indirect', speaker: 'Zelenskyy' }],
    counterExamples: ['Ukraine’s insistence that it will not sign an agreement was clear.', 'Unfounded allegations that Zelensky started the war spread.'],
  },
  {
    id: 'indirect-trailing', confidence: 0.8,
    reason: 'A clause then its frame at the end of the sentence: "…, U.S. and Ukrainian officials say."',
    examples: [{ text: 'Behind the scenes: Zelensky’s position frustrated Trump, U.S. and Ukrainian officials say.', quote: 'Zelensky’s position frustrated Trump', kind: 'indirect', speaker: 'U.S. and Ukrainian officials' }],
    counterExamples: ['The deal, it is said, was close.'],
  },
  {
    id: 'indirect-according-to', confidence: 0.85,
    reason: '"according to X" before or after a clause.',
    examples: [{ text: 'According to sources close to the negotiations, the current draft is unacceptable to Kyiv.', quote: 'the current draft is unacceptable to Kyiv', kind: 'indirect', speaker: 'sources close to the negotiations' }],
    counterExamples: ['Everything went according to plan.'],
  },
  {
    id: 'indirect-relative-gap', confidence: 0.7,
    reason: 'A verb of saying inside a relative clause reports the rest of it: "the issue, which Ukraine insists must be strengthened".',
    examples: [{ text: 'The sticking point is security guarantees, which Ukraine insists must be strengthened before any deal can move forward.', quote: 'must be strengthened before any deal can move forward', kind: 'indirect', speaker: 'Ukraine' }],
    counterExamples: ['The guarantees that Ukraine insisted on were dropped.'],
  },
]);

/** The pattern rule of an id (every id used in code is listed above). */
export function patternOf(id: string): PatternRule {
  const found = PATTERNS.find((p) => p.id === id);
  if (!found) throw new Error(`[E_QUOTE_RULE] unknown attribution pattern '${id}'`);
  return found;
}
