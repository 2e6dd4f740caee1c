import { defineRule, type TextRule } from './text-rule.js';

/** Month names as datelines print them ("Feb", "Feb.", "February", "Sept."). */
const MONTH = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?`;
/** The agency in parentheses: one to three capitalised words ("Reuters", "AP", "CNN Business"). */
const AGENCY = String.raw`(?<agency>\p{Lu}[\p{L}&.\-]*(?:\s+\p{Lu}[\p{L}&.\-]*){0,2})`;

/** Wire agencies whose names are not acronyms; general knowledge, not any one story's. */
const WIRE_AGENCIES = ['Reuters', 'Bloomberg', 'Xinhua', 'Kyodo', 'Interfax', 'Ukrinform', 'Yonhap', 'Anadolu'];

/** Wire datelines at the start of a body line: the agency that filed the story, and its date if printed. */
export const datelineRules: readonly TextRule<'place' | 'date' | 'agency'>[] = [
  defineRule({
    id: 'dateline-place-agency',
    reason: 'Wire copy opens with an upper-case place and the agency in parentheses before a dash; the agency is the outlet',
    pattern: new RegExp(
      String.raw`^\s*(?<place>\p{Lu}[\p{Lu}.'’\- ]*\p{Lu}\.?)(?:,\s*\p{Lu}[\p{L}.'’\-]*(?:\s\p{Lu}[\p{L}.'’\-]*)*)?` +
      String.raw`(?:,\s*(?<date>${MONTH}\s+\d{1,2}(?:,?\s+\d{4})?))?\s*\(${AGENCY}\)\s*[-–—]`,
      'u',
    ),
    examples: [
      { text: 'WASHINGTON (Reuters) – Ukrainian President Volodymyr Zelenskiy needs to come back', captures: { place: 'WASHINGTON', agency: 'Reuters' } },
      { text: 'ANKARA (Reuters) -President Volodymyr Zelenskiy was quoted', captures: { place: 'ANKARA', agency: 'Reuters' } },
      { text: 'KYIV, Ukraine (AP) — Ukraine’s president said', captures: { place: 'KYIV', agency: 'AP' } },
      { text: 'NEW YORK (AFP) - Stocks fell', captures: { place: 'NEW YORK', agency: 'AFP' } },
      { text: 'LONDON, Feb 20 (Reuters) - Britain said', captures: { place: 'LONDON', date: 'Feb 20', agency: 'Reuters' } },
      { text: 'ST. PETERSBURG, Russia, March 3, 2024 (AP) — Officials', captures: { place: 'ST. PETERSBURG', date: 'March 3, 2024', agency: 'AP' } },
    ],
    counterExamples: [
      'The deal (Reuters reported) - fell apart',
      'Washington (Reuters) – mixed-case places are ordinary prose',
      'NATO (the alliance) - said on Friday',
      'Zelensky (R) with US Secretary of Treasury Scott Bessent.',
      'He said (Reuters) – in the middle of a sentence',
    ],
  }),
  defineRule({
    id: 'dateline-agency-lead',
    reason: 'Some outlets open with the agency alone in parentheses before a dash ("(CNN) —"). Alone, a parenthesised name may be a place ("(London) –"), so it must be an acronym or a known wire agency',
    pattern: new RegExp(String.raw`^\s*\((?<agency>\p{Lu}{2,6}(?:\s+\p{Lu}\p{Ll}+)?|${WIRE_AGENCIES.join('|')})\)\s*[-–—]{1,2}\s*\S`, 'u'),
    examples: [
      { text: '(CNN) — President Volodymyr Zelensky said', captures: { agency: 'CNN' } },
      { text: '(CNN Business) — Stocks fell', captures: { agency: 'CNN Business' } },
      { text: '(Reuters) - Oil prices rose', captures: { agency: 'Reuters' } },
    ],
    counterExamples: [
      '(Reporting by Jeff Mason; Editing by Chris Reese)',
      '(R) with US Secretary of Treasury Scott Bessent',
      '(the source said) — and then',
      '(London) – The government of the United Kingdom is stalling',
      '(New York) – Indian authorities should drop the charges',
    ],
  }),
];
