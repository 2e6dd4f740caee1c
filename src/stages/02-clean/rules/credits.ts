import type { LineRule } from './rule-types.js';

const NAME_LIST = (min: number) => String.raw`\p{Lu}[\p{L}.’'-]*(?:(?:,\s|\s|\sand\s|\s&\s)\p{Lu}[\p{L}.’'-]*){${min},12}`;
// A contributor line names at least two words ("Julia Manchester"); a byline may give one.
const NAMES = NAME_LIST(1);
const BYLINE_NAMES = NAME_LIST(0);

/** Reporting credits and bylines: who wrote the piece, not what happened. */
export const CREDIT_RULES: LineRule[] = [
  {
    id: 'credit-reporting-by',
    kind: 'credit',
    reason: 'The wire credit in parentheses that closes a Reuters story: "(Reporting by …; Editing by …)".',
    pattern: /^\([^()]*\b(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Rr]esearch|[Cc]ompiled|[Gg]raphics) (?:[Bb]y|BY)\b[^()]*\)\.?$|^(?:Additional )?[Rr]eporting by [^;]{2,100}; (?:[Ee]diting|[Ww]riting) by .{2,100}$/u,
    maxLength: 400,
    guard: [' by', ' By', ' BY'],
    examples: [
      '(Reporting By Jeff Mason and Jarrett Renshaw; Editing by Chris Reese)',
      '(Reporting by Tuvan Gumrukcu; Editing by Jonathan Spicer and Philippa Fletcher)',
      'Reporting by Jane Doe; Editing by John Roe',
    ],
    counterExamples: ['Reporting by the newspaper found that the contract had been changed.', '(The reporting by state media could not be verified.) He left.'],
  },
  {
    id: 'credit-contributed',
    kind: 'credit',
    reason: 'Contributor lines at the end of wire stories: "X and Y contributed to this report."',
    pattern: new RegExp(String.raw`^(?:[^“”"]{0,200}\s)?contributed(?: reporting(?: (?:to|for) (?:this|the) (?:report|story|article))?| (?:to|for) (?:this|the) (?:report|story|article)| from [\p{Lu}][\p{L} .,]{1,60})\.?$|^${NAMES} contributed(?: reporting)?(?: (?:to|for) (?:this|the) (?:report|story|article))?\.(?:\s|$)`, 'u'),
    maxLength: 400,
    guard: ['contributed'],
    examples: [
      'Associated Press writers Matthew Daly, Andrew Taylor and Padmananda Rama contributed to this report.',
      'Schor reported from New York. AP Polling director Emily Swanson contributed from Washington.',
      'Julia Manchester contributed.',
      'Rebecca Klar contributed. Updated at 11:51 a.m.',
      '• Dave Boyer and Tom Howell Jr. contributed to this report.',
    ],
    counterExamples: [
      'She has contributed hundreds of thousands of dollars to Democratic incumbents.',
      '“Everyone contributed,” the coach said.',
      'The fund grew because donors from both parties contributed.',
      'Democrats contributed.',
    ],
  },
  {
    id: 'credit-contributing-label',
    kind: 'credit',
    reason: 'A labelled credit: "Contributing: Jane Doe".',
    pattern: /^(?:Contributing|Additional reporting|Contributors?)(?: reporting)?:\s\p{Lu}/u,
    maxLength: 300,
    examples: ['Contributing: Savannah Behrmann'],
    counterExamples: ['Contributing to the slump were falling oil prices.'],
  },
  {
    id: 'byline-by',
    kind: 'byline',
    reason: 'A byline line: "By Jane Doe and John Roe, CNN" (no sentence follows the names).',
    pattern: new RegExp(String.raw`^(?:By|BY)\s${BYLINE_NAMES}(?:\s?[,|–—-]\s?[\p{Lu}][\p{L} .’'&-]{1,40})?$`, 'u'),
    maxLength: 160,
    examples: ['By Jane Doe', 'By Jane Doe and John Roe, CNN', 'BY MARY SMITH | Associated Press'],
    counterExamples: ['By Friday, the deal was done.', 'By Friday the talks had collapsed'],
  },
  {
    id: 'byline-role',
    kind: 'byline',
    reason: 'The role line under an author’s name: "Opinion contributor", "Staff writer".',
    pattern: /^(?:Opinion (?:[Cc]ontributor|[Cc]olumnist|[Ww]riter)s?|(?:Staff|Senior|Contributing|Guest) (?:[Ww]riter|[Rr]eporter|[Cc]olumnist|[Ee]ditor|[Cc]ontributor)s?|Columnists?|Special to (?:the )?\p{Lu}[\p{L} ]{1,40})$/u,
    maxLength: 60,
    examples: ['Opinion contributor', 'Opinion contributors', 'Opinion columnist', 'Staff writer'],
    counterExamples: ['Staff writers walked out on Monday.'],
  },
];
