import { defineRule, type TextRule } from './text-rule.js';

/** One field of a run-in header: text without a backslash. */
const FIELD = String.raw`[^\\]{2,60}?`;
const SEP = String.raw`\s+\\\s+`;

/**
 * Run-in headers that print metadata as backslash-separated fields: "TITLE \ Site \ Place \
 * Author \ Edition \ body…". The field after the title is the site.
 */
export const headerRules: readonly TextRule<'title' | 'site' | 'place' | 'author' | 'edition'>[] = [
  defineRule({
    id: 'run-in-header',
    reason: 'Some sites glue "TITLE \\ Site \\ Place \\ Author \\ Edition \\" to the start of the body; the field after the title is the site',
    pattern: new RegExp(
      String.raw`^\s*(?<title>[^\\]{8,}?)${SEP}(?<site>${FIELD})${SEP}(?<place>${FIELD})${SEP}(?<author>${FIELD})${SEP}(?<edition>${FIELD})\s+\\(?:\s|$)`,
    ),
    examples: [
      {
        text: 'U.S. and Ukraine Near Deal on Rare Earth Minerals Amid Tensions \\ Newslooks \\ Washington DC \\ Mary Sidiqi \\ Evening Edition \\ The U.S. and Ukraine are making progress',
        captures: { title: 'U.S. and Ukraine Near Deal on Rare Earth Minerals Amid Tensions', site: 'Newslooks', place: 'Washington DC', author: 'Mary Sidiqi', edition: 'Evening Edition' },
      },
    ],
    counterExamples: [
      'Save the file to C:\\Users\\report.txt',
      'Ukraine \\ Russia talks',
      'Newslooks \\ Washington DC \\ Mary Sidiqi \\ Evening Edition \\',
    ],
  }),
  defineRule({
    id: 'run-in-header-fields',
    reason: 'The same header with its title split off, a line of its own: "Site \\ Place \\ Author \\ Edition \\"',
    pattern: new RegExp(String.raw`^\s*(?<site>${FIELD})${SEP}(?<place>${FIELD})${SEP}(?<author>${FIELD})${SEP}(?<edition>${FIELD})\s+\\\s*$`),
    examples: [
      { text: 'Newslooks \\ Washington DC \\ Mary Sidiqi \\ Evening Edition \\', captures: { site: 'Newslooks', place: 'Washington DC', author: 'Mary Sidiqi', edition: 'Evening Edition' } },
    ],
    counterExamples: [
      'U.S. and Ukraine Near Deal on Rare Earth Minerals Amid Tensions \\ Newslooks \\ Washington DC \\ Mary Sidiqi \\ Evening Edition \\ The U.S. and Ukraine are making progress',
      'Ukraine \\ Russia \\ talks',
    ],
  }),
];
