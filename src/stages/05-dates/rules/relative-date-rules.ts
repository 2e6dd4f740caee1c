import { addDays, mondayOf, monthEnd, monthStart, WEEKDAYS, weekdayOf, yearMonth } from '../calendar-days.js';
import { unanchored, type DateReading, type DateRule } from './date-rule.js';

/** Words before a bare weekday that make it part of a name, not a date ("Super Tuesday", "Black Friday"). */
const NAMED_DAYS = /(?:Super|Black|Good|Bloody|Ash|Cyber|Easter|Palm|Holy|Maundy|Shrove|Giving)\s$/u;

const SMALL_NUMBERS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

function countOf(word: string | undefined): number | null {
  if (word === undefined) return null;
  const n = /^\d+$/.test(word) ? Number(word) : SMALL_NUMBERS[word.toLowerCase()];
  return n === undefined ? null : n;
}

function day(date: string, tense: DateReading['tense'], anchor: DateReading['anchor'], basis: string): DateReading {
  return { date, from: date, to: date, precision: 'day', tense, anchor, basis };
}

function span(from: string, to: string, precision: DateReading['precision'], tense: DateReading['tense'], basis: string): DateReading {
  return { date: null, from, to, precision, tense, anchor: 'publication', basis };
}

function readWeekday(m: RegExpExecArray, published: string | null): DateReading | null {
  const pre = (m.groups?.pre ?? '').trim().toLowerCase();
  const name = `${m.groups?.day ?? ''}day`;
  const wd = WEEKDAYS.indexOf(name.toLowerCase() as (typeof WEEKDAYS)[number]);
  if (wd < 0) return null;
  if (pre === '') {
    const before = m.input.slice(Math.max(0, m.index - 12), m.index);
    const after = m.input.slice(m.index + m[0].length, m.index + m[0].length + 2);
    // A bare weekday followed by a capitalised word is a title ("Sunday Morning Futures", "Sunday Times").
    if (NAMED_DAYS.test(before) || /^\s\p{Lu}/u.test(after)) return null;
  }
  const next = pre === 'next';
  if (published === null) return unanchored('day', next ? 'future' : 'past', `${name} needs the publication date, which is unknown`);
  const pubWd = weekdayOf(published);
  if (next) {
    const ahead = (wd - pubWd + 7) % 7 || 7;
    return day(addDays(published, ahead), 'future', 'publication', `next ${name} after publication ${published}`);
  }
  let back = (pubWd - wd + 7) % 7;
  if (pre === 'last' && back === 0) back = 7;
  const basis = pre === 'last' ? `${name} before publication ${published}` : `${name} on or before publication ${published}`;
  return day(addDays(published, -back), back === 0 ? 'present' : 'past', 'publication', basis);
}

function readWeek(m: RegExpExecArray, published: string | null): DateReading | null {
  const phrase = m[0].toLowerCase().replace(/\s+/g, ' ');
  const weekend = phrase.endsWith('weekend');
  const future = /\b(?:next|later this|coming)\b/.test(phrase);
  if (published === null) return unanchored('week', future ? 'future' : 'past', `"${m[0]}" needs the publication date, which is unknown`);
  const monday = mondayOf(published);
  if (weekend) {
    const saturday = addDays(monday, 5);
    if (/\bnext\b/.test(phrase)) return span(addDays(saturday, 7), addDays(saturday, 8), 'week', 'future', `the weekend after publication ${published}`);
    if (/\b(?:last|past)\b/.test(phrase) || saturday > published) {
      return span(addDays(saturday, -7), addDays(saturday, -6), 'week', 'past', `the weekend before publication ${published}`);
    }
    return span(saturday, addDays(saturday, 1), 'week', 'present', `the weekend of publication ${published}`);
  }
  if (/\bnext\b/.test(phrase)) return span(addDays(monday, 7), addDays(monday, 13), 'week', 'future', `the week after publication ${published}`);
  if (/\blast\b/.test(phrase)) return span(addDays(monday, -7), addDays(monday, -1), 'week', 'past', `the week before publication ${published}`);
  if (/\bpast\b/.test(phrase)) return span(addDays(published, -7), published, 'week', 'past', `the seven days up to publication ${published}`);
  if (future) return span(published, addDays(monday, 6), 'week', 'future', `the rest of the week of publication ${published}`);
  return span(monday, published, 'week', 'present', `the week of publication ${published}, up to that day`);
}

function readMonthOrYear(m: RegExpExecArray, published: string | null): DateReading | null {
  const phrase = m[0].toLowerCase().replace(/\s+/g, ' ');
  const unit = phrase.endsWith('year') ? 'year' : 'month';
  const shift = /\b(?:last|past)\b/.test(phrase) ? -1 : /\bnext\b/.test(phrase) ? 1 : 0;
  const tense = shift < 0 ? 'past' : shift > 0 ? 'future' : /\blater\b/.test(phrase) ? 'future' : 'present';
  if (published === null) return unanchored(unit, tense, `"${m[0]}" needs the publication date, which is unknown`);
  const { year, month0 } = yearMonth(published);
  if (unit === 'year') {
    const y = year + shift;
    return { ...span(`${y}-01-01`, `${y}-12-31`, 'year', tense, `${phrase} from publication ${published}`) };
  }
  const from = monthStart(year, month0 + shift);
  const to = shift === 0 && !/\blater\b/.test(phrase) ? published : monthEnd(year, month0 + shift);
  return span(from, to, 'month', tense, `${phrase} from publication ${published}`);
}

function readCasualDay(m: RegExpExecArray, published: string | null): DateReading | null {
  const phrase = m[0].toLowerCase();
  const back = phrase.includes('before yesterday') ? 2 : phrase === 'yesterday' ? 1 : 0;
  if (published === null) return unanchored('day', back > 0 ? 'past' : 'present', `"${m[0]}" needs the publication date, which is unknown`);
  return day(addDays(published, -back), back > 0 ? 'past' : 'present', 'publication', `${phrase} from publication ${published}`);
}

function readAgo(m: RegExpExecArray, published: string | null): DateReading | null {
  const n = countOf(m.groups?.n);
  const unit = (m.groups?.unit ?? '').toLowerCase();
  if (n === null) return null;
  const precision = unit === 'day' ? 'day' : unit === 'week' ? 'week' : unit === 'month' ? 'month' : 'year';
  if (published === null) return unanchored(precision, 'past', `"${m[0]}" needs the publication date, which is unknown`);
  const basis = `${m[0]} from publication ${published}`;
  if (unit === 'day') return day(addDays(published, -n), 'past', 'publication', basis);
  if (unit === 'week') {
    const monday = addDays(mondayOf(published), -7 * n);
    return span(monday, addDays(monday, 6), 'week', 'past', basis);
  }
  const { year, month0 } = yearMonth(published);
  if (unit === 'month') return span(monthStart(year, month0 - n), monthEnd(year, month0 - n), 'month', 'past', basis);
  return span(`${year - n}-01-01`, `${year - n}-12-31`, 'year', 'past', basis);
}

function readAnaphoric(m: RegExpExecArray, previousDay: string | null): DateReading | null {
  const phrase = m[0].toLowerCase();
  const n = countOf(m.groups?.n);
  const shift = n !== null ? n : /\b(?:next|following|after|day later)\b/.test(phrase) ? 1 : /\b(?:before|previous)\b/.test(phrase) ? -1 : 0;
  if (previousDay === null) return unanchored('day', shift < 0 ? 'past' : 'present', `"${m[0]}" refers to an earlier date, but the text gives none`);
  const date = addDays(previousDay, shift);
  return { date, from: date, to: date, precision: 'day', tense: 'past', anchor: 'previous-date', basis: `${phrase}: ${shift === 0 ? 'same day as' : `${shift > 0 ? '+' : ''}${shift} day from`} the previous date ${previousDay}` };
}

/** Dates that are relative to the publication day or to an earlier date of the text. */
export const RELATIVE_DATE_RULES: readonly DateRule[] = [
  {
    id: 'date-weekday',
    reason: 'News names days of the current week by weekday: "on Thursday" is the most recent Thursday on or before publication; "next Tuesday" the one after.',
    pattern: /(?<pre>\b(?:[Oo]n|[Ll]ast|[Nn]ext|[Ss]ince|[Bb]y|[Uu]ntil|[Ff]rom|[Bb]efore|[Aa]fter|[Ee]arly|[Ll]ate|[Tt]his past|[Tt]his)\s+)?\b(?<day>Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:\s+(?:morning|afternoon|evening|night))?\b/gu,
    read: (m, ctx) => readWeekday(m, ctx.published),
    examples: [
      { text: 'Zelensky met on Thursday in Kyiv with U.S. envoy Keith Kellogg.', published: '2025-02-20', expression: 'on Thursday', date: '2025-02-20' },
      { text: 'Trump said on Wednesday night that he was trying.', published: '2025-02-20', expression: 'on Wednesday night', date: '2025-02-19' },
      { text: 'said in a “Meet the Press” interview aired Sunday that he would', published: '2025-02-16', expression: 'Sunday', date: '2025-02-16' },
      { text: 'Trump responded Tuesday with unfounded allegations.', published: '2025-03-03', expression: 'Tuesday', date: '2025-02-25' },
      { text: 'The talks resume next Tuesday.', published: '2025-02-20', expression: 'next Tuesday', date: '2025-02-25' },
      { text: 'He left last Friday.', published: '2025-02-21', expression: 'last Friday', date: '2025-02-14' },
      { text: 'Also on Saturday Ukraine’s foreign minister posted.', published: null, expression: 'on Saturday', date: null },
    ],
    counterExamples: ['Witkoff confirmed it on Fox News’ “Sunday Morning Futures” programme.', 'Voters went to the polls on Super Tuesday.', 'The Sunday Times reported it.'],
  },
  {
    id: 'date-week-relative',
    reason: '"last week" is the Monday–Sunday before the week of publication; "this week" runs from its Monday to publication; "next week" is future.',
    pattern: /\b(?:(?:earlier|later)\s+)?(?:last|this|next|past|coming)\s+week(?:end)?\b/gi,
    read: (m, ctx) => readWeek(m, ctx.published),
    examples: [
      { text: 'during his visit to Kyiv last week', published: '2025-02-21', expression: 'last week', from: '2025-02-10', to: '2025-02-16' },
      { text: 'talks in Saudi Arabia earlier this week', published: '2025-02-20', expression: 'earlier this week', from: '2025-02-17', to: '2025-02-20' },
      { text: 'will be hosting the leaders next week', published: '2025-02-20', expression: 'next week', from: '2025-02-24', to: '2025-03-02' },
      { text: 'Talks ended last week.', published: '2025-01-01', expression: 'last week', from: '2024-12-23', to: '2024-12-29' },
    ],
    counterExamples: ['Fashion Week opened in Paris.', 'a week of talks'],
  },
  {
    id: 'date-recent-days',
    reason: '"in recent days", "in the past few days" cover the week up to publication, no single day.',
    pattern: /\b(?:in|over)\s+(?:recent|the\s+(?:past|last)\s+(?:few|several))\s+days\b/gi,
    read: (m, ctx) => (ctx.published === null
      ? unanchored('week', 'past', `"${m[0]}" needs the publication date, which is unknown`)
      : span(addDays(ctx.published, -7), ctx.published, 'week', 'past', `the seven days up to publication ${ctx.published}`)),
    examples: [{ text: 'In recent days, the former U.S. president falsely accused the Ukrainian leader.', published: '2025-02-22', expression: 'In recent days', from: '2025-02-15', to: '2025-02-22' }],
    counterExamples: ['Recent days were busy.'],
  },
  {
    id: 'date-month-year-relative',
    reason: '"last month", "this year", "earlier this month" are the calendar month or year before, or of, publication.',
    pattern: /\b(?:(?:earlier|later)\s+)?(?:last|this|next|past)\s+(?:month|year)\b/gi,
    read: (m, ctx) => readMonthOrYear(m, ctx.published),
    examples: [
      { text: 'Zelenskiy had set out the contours of the deal in a Reuters interview this month.', published: '2025-02-19', expression: 'this month', from: '2025-02-01', to: '2025-02-19' },
      { text: 'The deal collapsed last month.', published: '2025-01-10', expression: 'last month', from: '2024-12-01', to: '2024-12-31' },
      { text: 'Elections are due next year.', published: '2024-12-31', expression: 'next year', from: '2025-01-01', to: '2025-12-31' },
    ],
    counterExamples: ['a month of talks', 'the year ahead'],
  },
  {
    id: 'date-casual-day',
    reason: '"yesterday" and "today" count from the publication day.',
    pattern: /\b(?:the day before yesterday|yesterday|today|tonight)\b/gi,
    read: (m, ctx) => readCasualDay(m, ctx.published),
    examples: [
      { text: 'The ministers met yesterday.', published: '2025-03-01', expression: 'yesterday', date: '2025-02-28' },
      { text: 'There were 10 Russian soldiers killed in Ukraine today.', published: '2024-12-31', expression: 'today', date: '2024-12-31' },
    ],
    counterExamples: ['Todayville held its fair.', 'a yesteryear style'],
  },
  {
    id: 'date-ago',
    reason: '"two days ago", "three years ago" count back from the publication day.',
    pattern: /\b(?<n>\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?<unit>day|week|month|year)s?\s+ago\b/gi,
    read: (m, ctx) => readAgo(m, ctx.published),
    examples: [
      { text: 'killed in southern Guyana three years ago', published: '2008-08-06', expression: 'three years ago', from: '2005-01-01', to: '2005-12-31' },
      { text: 'He was arrested two days ago.', published: '2025-03-01', expression: 'two days ago', date: '2025-02-27' },
      { text: 'The mayor was jailed a month ago.', published: '2025-01-15', expression: 'a month ago', from: '2024-12-01', to: '2024-12-31' },
    ],
    counterExamples: ['several days ago', 'days ago'],
  },
  {
    id: 'date-anaphoric',
    reason: '"hours later", "the next day", "that day" take their day from the last dated expression before them.',
    pattern: /\b(?:(?:hours|minutes|moments)\s+later|later that (?:day|night|evening)|(?:that|the same) (?:day|night|evening|morning)|(?:the )?(?:next|following) (?:day|morning)|a day later|(?<n>\d+|two|three|four|five|six|seven) days later|the day (?:before|after)|the previous day)\b/gi,
    read: (m, ctx) => readAnaphoric(m, ctx.previousDay),
    examples: [
      { text: 'Zelensky responded Wednesday. Trump took to Truth Social hours later.', published: '2025-02-20', expression: 'hours later', date: '2025-02-19' },
      { text: 'They met on Monday. The next day the talks collapsed.', published: '2025-02-20', expression: 'The next day', date: '2025-02-18' },
      { text: 'Trump took to Truth Social hours later.', published: '2025-02-20', expression: 'hours later', date: null },
    ],
    counterExamples: ['Days later nothing had changed.', 'the next round of talks'],
  },
];
