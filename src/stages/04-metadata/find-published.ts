import { isIsoDate } from './calendar.js';
import { articleLines, pageLines, segmentLines, type MetadataInput } from './metadata-input.js';
import { pageYear } from './printed-dates.js';
import { findWeekdayMentions } from './weekday-mentions.js';
import { printedPublication } from './printed-publication.js';
import { inferredPublication, whyUnknown } from './inferred-publication.js';
import type { PublishedFinding } from './published-finding.js';

export type { PublishedFinding } from './published-finding.js';

/**
 * When a segment was published: `given` by the input's own metadata; `printed` in the segment
 * (a stamp or a dateline date); `inferred` from weekdays its text names, placed in the week
 * after the latest date printed on the page; else `unknown`. A date is never made up: no
 * printed date and no weekday evidence, or weekdays with nothing to place them, give unknown.
 */
export function findPublished(input: MetadataInput): PublishedFinding {
  const given = input.given.published?.trim().slice(0, 10);
  if (given && isIsoDate(given)) {
    return { published: given, basis: 'given', evidence: { rule: 'given-published', text: input.given.published ?? given, note: 'the input’s own metadata gives the date' } };
  }

  const page = pageLines(input);
  // Copyright years only complete yearless dates; they are never a publication date.
  const year = pageYear(page.map(({ line }) => line.text));
  const printed = printedPublication(segmentLines(input), year);
  if (printed) return printed;

  const mentions = articleLines(input).flatMap(({ line }) => findWeekdayMentions(line.text));
  const inferred = mentions.length > 0 ? inferredPublication(mentions, page, year) : null;
  if (inferred) return inferred;

  return { published: null, basis: 'unknown', evidence: { rule: 'no-date-evidence', text: '', note: `Unknown: ${whyUnknown(mentions)}.` } };
}
