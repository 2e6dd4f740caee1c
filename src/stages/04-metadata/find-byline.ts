import { excerpt, segmentLines, type MetadataInput } from './metadata-input.js';
import { found, nothing, type Finding } from './finding.js';
import { FILED_FROM, bylineRules } from './rules/byline-rules.js';
import { headerRules } from './rules/header-rules.js';
import { bioRules } from './rules/bio-rules.js';
import { firstMatch } from './rules/text-rule.js';
import { titleCase } from './outlet-names.js';

/** A person's name: two to four capitalised words. */
const PERSON = /^\p{Lu}[\p{L}'’.\-]+(?:\s+\p{Lu}[\p{L}'’.\-]*){1,3}$/u;

/** "Olena Harmash in Kyiv and Tom Balmforth in London" → "Olena Harmash and Tom Balmforth". */
function withoutFilingPlaces(names: string): string {
  return names
    .split(/\s*(?:,|\band\b)\s*/)
    .map((n) => n.replace(FILED_FROM, '').trim())
    .filter((n) => n !== '')
    .join(' and ')
    .replace(/ and (?=.* and )/g, ', ');
}

/**
 * Who wrote a segment: a "By …" line or a wire story's "(Reporting by …)" credit, the author
 * field of a run-in header, the input's own author (for the page's first segment), or the
 * name in an author bio. Null when none is printed.
 */
export function findByline(input: MetadataInput): Finding<string> {
  const lines = segmentLines(input);
  for (const { at, line } of lines) {
    const m = firstMatch(bylineRules, line.text);
    if (m?.captures.name) {
      const names = m.rule.id === 'reporting-credit' ? withoutFilingPlaces(m.captures.name) : m.captures.name;
      // Wire bylines are often set in capitals ("By MARY CLARE JALONICK"); names read better in title case.
      const name = names.split(/(\s*,\s*|\s+and\s+)/).map((n) => (/\p{Lu}{2}/u.test(n) && n === n.toUpperCase() ? titleCase(n) : n)).join('');
      if (name) return found(name, m.rule.id, excerpt(line.text), `line ${at + 1} (${line.kind})`);
    }
  }
  for (const { at, line } of lines) {
    const author = firstMatch(headerRules, line.text)?.captures.author;
    if (author && PERSON.test(author)) return found(author, 'run-in-header', excerpt(line.text), `line ${at + 1}: the author field of the run-in header`);
  }
  // The input's author describes the page's lead article, not the pieces after it.
  const given = input.given.author?.trim();
  if (given && input.index === 0) return found(given, 'given-author', given, 'the input’s own metadata names the author');
  for (const { at, line } of lines) {
    const bio = firstMatch(bioRules, line.text);
    if (bio?.captures.name) return found(bio.captures.name, bio.rule.id, excerpt(line.text), `line ${at + 1}: the author bio names the writer`);
  }
  return nothing();
}
