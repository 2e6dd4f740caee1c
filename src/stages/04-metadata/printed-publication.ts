import type { PrintedDate, YearEvidence } from './printed-dates.js';
import { findPrintedDates, placeOnPage } from './printed-dates.js';
import { excerpt, type NumberedLine } from './metadata-input.js';
import type { PublishedFinding } from './published-finding.js';
import { datelineRules } from './rules/dateline-rules.js';
import { stampRules } from './rules/stamp-rules.js';
import { matchRule, type TextRule } from './rules/text-rule.js';

/** Reads a date out of one line with one rule: the date must open the rule's `date` capture. */
interface DateReader {
  id: string;
  read: (text: string) => PrintedDate | null;
}

function readerOf<F extends string>(rule: TextRule<F | 'date'>): DateReader {
  return {
    id: rule.id,
    read: (text) => {
      const captured = matchRule<F | 'date'>(rule, text)?.date;
      const first = captured ? findPrintedDates(captured)[0] : undefined;
      // A date far into the capture belongs to the sentence after the stamp, not the stamp.
      return first && first.index <= 3 ? first : null;
    },
  };
}

function stamp(id: string): DateReader {
  const rule = stampRules.find((r) => r.id === id);
  if (!rule) throw new Error(`[E_RULE_MISSING] no stamp rule '${id}'; check rules/stamp-rules.ts`);
  return readerOf(rule);
}

/** Printed dates, strongest first: a "Published" stamp, a wire dateline's date, an "Updated" stamp, a bare date line. */
const PRINTED_READERS: readonly DateReader[] = [
  stamp('stamp-published'),
  ...datelineRules.map(readerOf),
  stamp('stamp-updated'),
  stamp('stamp-date-line'),
];

/** Where the year of a yearless date came from, for evidence notes. */
export const yearNote = (date: PrintedDate, year: YearEvidence | null): string =>
  date.year !== null ? '' : ` (year ${year?.year ?? '?'} from ${year?.source === 'date' ? 'the full date' : 'the copyright line'} “${excerpt(year?.text ?? '', 60)}”)`;

/** The publication date printed in a segment's lines (stamps, dateline), strongest reader first. */
export function printedPublication(lines: readonly NumberedLine[], year: YearEvidence | null): PublishedFinding | null {
  for (const reader of PRINTED_READERS) {
    for (const { at, line } of lines) {
      const date = reader.read(line.text);
      const iso = date ? placeOnPage(date, year) : null;
      if (date && iso) {
        return { published: iso, basis: 'printed', evidence: { rule: reader.id, text: excerpt(line.text), note: `line ${at + 1} (${line.kind}) prints “${date.text}”${yearNote(date, year)}` } };
      }
    }
  }
  return null;
}
