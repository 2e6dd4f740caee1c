import { MONTHS, monthEnd, monthStart, yearMonth } from '../calendar-days.js';
import { unanchored, type DateReading, type DateRule } from './date-rule.js';

const MONTH_WORD = String.raw`January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.`;

/** Month names that are also common words: dated only after a preposition or with a year. */
const AMBIGUOUS_MONTHS = new Set(['may', 'march', 'august']);

function monthIndex(word: string): number {
  const w = word.toLowerCase().replace(/\.$/, '');
  return MONTHS.findIndex((m) => m.startsWith(w.slice(0, 3)));
}

function readMonth(m: RegExpExecArray, published: string | null): DateReading | null {
  const pre = (m.groups?.pre ?? '').trim().toLowerCase();
  const word = m.groups?.month ?? '';
  const month0 = monthIndex(word);
  if (month0 < 0) return null;
  const explicitYear = m.groups?.year;
  if (pre === '' && explicitYear === undefined && AMBIGUOUS_MONTHS.has(word.toLowerCase())) return null;
  if (explicitYear !== undefined) {
    const y = Number(explicitYear);
    return { date: null, from: monthStart(y, month0), to: monthEnd(y, month0), precision: 'month', tense: 'past', anchor: 'absolute', basis: `${word} ${y} as printed` };
  }
  if (published === null) return unanchored('month', 'past', `${word} without a year needs the publication date, which is unknown`);
  const pub = yearMonth(published);
  const next = pre === 'next';
  let year = pub.year;
  if (next) year = month0 > pub.month0 ? pub.year : pub.year + 1;
  else if (month0 > pub.month0 || (pre === 'last' && month0 === pub.month0)) year = pub.year - 1;
  const tense = next ? 'future' : year === pub.year && month0 === pub.month0 ? 'present' : 'past';
  const basis = next ? `the next ${word} after publication ${published}` : `the most recent ${word} on or before publication ${published}`;
  return { date: null, from: monthStart(year, month0), to: monthEnd(year, month0), precision: 'month', tense, anchor: 'publication', basis };
}

/** Months and years named without a day: they give a range, never a day. */
export const CALENDAR_DATE_RULES: readonly DateRule[] = [
  {
    id: 'date-month-name',
    reason: 'A month without a day ("in February", "last September") is the most recent such month on or before publication, or the year printed with it.',
    pattern: new RegExp(String.raw`(?<pre>\b(?:[Ii]n|[Ll]ast|[Nn]ext|[Tt]his|[Ss]ince|[Uu]ntil|[Bb]y|[Ff]rom|[Dd]uring|[Oo]f|[Ee]arly|[Ll]ate|[Mm]id-?|[Ee]nd of)\s*)?\b(?<month>${MONTH_WORD})(?:\s+(?<year>(?:19|20)\d{2}))?(?![\p{L}\d])`, 'gu'),
    read: (m, ctx) => readMonth(m, ctx.published),
    examples: [
      { text: 'Zelensky visited the White House in February and had a heated showdown.', published: '2025-04-11', expression: 'in February', from: '2025-02-01', to: '2025-02-28' },
      { text: 'was brought up originally last September by Zelensky', published: '2025-02-20', expression: 'last September', from: '2024-09-01', to: '2024-09-30' },
      { text: 'since Russia’s February 2022 invasion of Ukraine', published: '2025-02-20', expression: 'February 2022', from: '2022-02-01', to: '2022-02-28' },
      { text: 'Talks will resume next January.', published: '2025-02-20', expression: 'next January', from: '2026-01-01', to: '2026-01-31' },
    ],
    counterExamples: ['Officials may march on the capital.', 'May said the deal was done.', 'Protesters March to the palace.'],
  },
  {
    id: 'date-year',
    reason: 'A year after a preposition ("in 2022", "since 2014") dates to that year.',
    pattern: /\b(?<pre>[Ii]n|[Ss]ince|[Uu]ntil|[Dd]uring|[Bb]efore|[Aa]fter|[Ee]arly|[Ll]ate)\s+(?<year>(?:19|20)\d{2})(?![\d\p{L}])/gu,
    read: (m) => {
      const y = Number(m.groups?.year);
      return { date: null, from: `${y}-01-01`, to: `${y}-12-31`, precision: 'year', tense: 'past', anchor: 'absolute', basis: `the year ${y} as printed` };
    },
    examples: [{ text: 'Russia annexed Crimea in 2014.', published: null, expression: 'in 2014', from: '2014-01-01', to: '2014-12-31' }],
    counterExamples: ['He paid 2014 dollars.', 'in 20145 cases'],
  },
];
