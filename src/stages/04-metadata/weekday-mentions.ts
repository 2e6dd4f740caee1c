import { WEEKDAY_MENTION, WEEKDAY_NAMES, notPastWeekdayRules } from './rules/weekday-rules.js';

/** A weekday named in the text as a day of the past week ("said on Thursday"). */
export interface WeekdayMention {
  /** Sunday = 0 … Saturday = 6. */
  day: number;
  /** The words around the weekday, for the evidence note ("said on Thursday"). */
  phrase: string;
  index: number;
}

/** Offsets of weekday names that a not-a-past-day rule covers. */
function excludedOffsets(text: string): Set<number> {
  const out = new Set<number>();
  for (const rule of notPastWeekdayRules) {
    // `d` gives the offsets of the `day` group; `g` walks every match.
    const re = new RegExp(rule.pattern.source, `${rule.pattern.flags.replace(/[gd]/g, '')}gd`);
    for (const m of text.matchAll(re)) {
      const at = m.indices?.groups?.['day'];
      if (at) out.add(at[0]);
    }
  }
  return out;
}

/** Up to two words before the weekday and a time-of-day word after it. */
function phraseAround(text: string, start: number, end: number): string {
  const before = /(?:\S+\s+){0,2}$/.exec(text.slice(Math.max(0, start - 40), start))?.[0] ?? '';
  const after = /^(?:['’]s|\s+(?:morning|afternoon|evening|night))?/.exec(text.slice(end))?.[0] ?? '';
  return `${before}${text.slice(start, end)}${after}`.trim();
}

/** The weekdays a text names as days of the past week, in text order. */
export function findWeekdayMentions(text: string): WeekdayMention[] {
  const excluded = excludedOffsets(text);
  const out: WeekdayMention[] = [];
  for (const m of text.matchAll(new RegExp(WEEKDAY_MENTION.source, 'g'))) {
    const name = m.groups?.['day'];
    if (!name || excluded.has(m.index)) continue;
    const day = (WEEKDAY_NAMES as readonly string[]).indexOf(name);
    out.push({ day, phrase: phraseAround(text, m.index, m.index + name.length), index: m.index });
  }
  return out;
}
