import { defineRule, type TextRule } from './text-rule.js';

/** A person's name: two to four capitalised words ("Jeff Mason", "John F. Kennedy"). */
const PERSON = String.raw`\p{Lu}[\p{L}'’.\-]+(?:\s+\p{Lu}[\p{L}'’.\-]*){1,3}`;
/** Words that start "By …" sentences without naming a writer ("By Friday", "By February 2022"). */
const NOT_A_NAME = String.raw`(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Then|Now|Late|Early|Mid)\b`;

/** Lines that name who wrote or reported a story. */
export const bylineRules: readonly TextRule<'name'>[] = [
  defineRule({
    id: 'by-line',
    reason: 'A line of its own starting "By" and naming people is the byline',
    pattern: new RegExp(
      String.raw`^\s*By\s+(?!${NOT_A_NAME})(?<name>${PERSON}(?:(?:\s*,\s*|\s+and\s+)${PERSON})*)\s*(?:[,|–—-]\s*.{0,60})?$`,
      'u',
    ),
    examples: [
      { text: 'By Sonam Sheth', captures: { name: 'Sonam Sheth' } },
      { text: 'By Jeff Mason and Jarrett Renshaw', captures: { name: 'Jeff Mason and Jarrett Renshaw' } },
      { text: 'By Mary Sidiqi, Newslooks', captures: { name: 'Mary Sidiqi' } },
      { text: 'By John F. Kennedy | Feb 20, 2025', captures: { name: 'John F. Kennedy' } },
    ],
    counterExamples: [
      'By signing up, I agree to the Terms of Use',
      'By Friday the talks had stalled',
      'By February 2022, Russia had invaded',
      'By Donald Trump’s standards, this was a mild rebuke.',
    ],
  }),
  defineRule({
    id: 'reporting-credit',
    reason: 'Wire stories end "(Reporting by A; Editing by B)": the reporters are the byline, the editors are not',
    pattern: /^\s*\((?:[Rr]eporting|[Ww]riting and reporting)\s+[Bb]y\s+(?<name>[^;)]+?)\s*(?:[;)]|$)/,
    examples: [
      { text: '(Reporting By Jeff Mason and Jarrett Renshaw; Editing by Chris Reese)', captures: { name: 'Jeff Mason and Jarrett Renshaw' } },
      { text: '(Reporting by Tuvan Gumrukcu; Editing by Jonathan Spicer and Philippa Fletcher)', captures: { name: 'Tuvan Gumrukcu' } },
      { text: '(Reporting by Olena Harmash in Kyiv)', captures: { name: 'Olena Harmash in Kyiv' } },
    ],
    counterExamples: ['(Editing by Chris Reese)', '(Additional reporting by Tom Balmforth)', 'Reporting by the BBC suggests'],
  }),
];

/** " in Kyiv", " from London": where a reporter filed from, not part of the name. */
export const FILED_FROM = /\s+(?:in|from)\s+\p{Lu}.*$/u;
