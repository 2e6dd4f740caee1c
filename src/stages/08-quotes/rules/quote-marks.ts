import { defineRules, type QuoteRule } from './quote-rule.js';

/** A pair of quotation marks: what opens a quote, what may close it, and whether it nests inside another. */
export interface QuoteMarkRule extends QuoteRule {
  opens: string;
  closes: readonly string[];
  /** Double marks open outer quotes; single marks open quotes inside them, or headline-style outer quotes. */
  level: 'double' | 'single';
  /** The same character also closes, or the closer doubles as an apostrophe: its role is read from its neighbours. */
  ambiguous: boolean;
}

/** Every quotation mark style the stage reads. */
export const QUOTE_MARKS = defineRules<QuoteMarkRule>([
  {
    id: 'mark-double-curly',
    opens: '“',
    closes: ['”'],
    level: 'double',
    ambiguous: false,
    reason: 'Typeset English quotes: “ opens and ” closes.',
    examples: [{ text: '“I wanted this deal done already,” Trump said in a Fox News Radio interview.', quote: 'I wanted this deal done already', kind: 'direct', speaker: 'Trump' }],
    counterExamples: ['The 12” screen was sold out, officials said.'],
  },
  {
    id: 'mark-double-straight',
    opens: '"',
    closes: ['"'],
    level: 'double',
    ambiguous: true,
    reason: 'Typewriter quotes: the same mark opens and closes, so its side is read from the spaces around it.',
    examples: [{ text: '"The negotiating environment is very antagonistic," Reuters\' source said.', quote: 'The negotiating environment is very antagonistic', kind: 'direct', speaker: 'Reuters\' source' }],
    counterExamples: ['The 12" screen was sold out, officials said.'],
  },
  {
    id: 'mark-double-apostrophes',
    opens: "''",
    closes: ["''"],
    level: 'double',
    ambiguous: true,
    reason: "Some archives type a double quote as two apostrophes (''…''); read them as one mark.",
    examples: [{ text: "''We must not overreact to campaign rhetoric,'' he told me.", quote: 'We must not overreact to campaign rhetoric', kind: 'direct', speaker: 'he' }],
    counterExamples: ["The rock ''n roll era ended, officials said."],
  },
  {
    id: 'mark-double-low',
    opens: '„',
    closes: ['“', '”'],
    level: 'double',
    ambiguous: false,
    reason: 'German-style quotes open low („) and close high.',
    examples: [{ text: '„We are ready for talks,“ the minister said.', quote: 'We are ready for talks', kind: 'direct', speaker: 'the minister' }],
    counterExamples: ['The minister said nothing „ about it.'],
  },
  {
    id: 'mark-guillemets',
    opens: '«',
    closes: ['»'],
    level: 'double',
    ambiguous: false,
    reason: 'French-style guillemets.',
    examples: [{ text: '«We are ready for talks,» the minister said.', quote: 'We are ready for talks', kind: 'direct', speaker: 'the minister' }],
    counterExamples: ['The minister said nothing » about it.'],
  },
  {
    id: 'mark-single-curly',
    opens: '‘',
    closes: ['’', "'"],
    level: 'single',
    ambiguous: true,
    reason: 'Single quotes nest inside double ones; ’ is also the apostrophe, so only a ’ that no letter follows closes.',
    examples: [{ text: '“Why we’re getting this pushback, as the vice president said, ‘bad-mouthing’ in the press, it’s unacceptable,” Waltz continued.', quote: 'bad-mouthing', kind: 'direct', speaker: 'the vice president' }],
    counterExamples: ['“Bessent went there and they told him ‘no,\'” Trump told reporters.'],
  },
  {
    id: 'mark-single-straight',
    opens: "'",
    closes: ["'", '’'],
    level: 'single',
    ambiguous: true,
    reason: "Straight single quotes: headline style at the top level, nested quotes inside double ones; between letters they are apostrophes.",
    examples: [{ text: "Rebels called the offer 'a trap', the report said.", quote: 'a trap', kind: 'direct' }],
    counterExamples: ["Reuters' source said the talks were over, and Ukraine's envoy agreed."],
  },
]);
