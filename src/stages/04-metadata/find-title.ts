import { excerpt, segmentLines, segmentOf, type MetadataInput } from './metadata-input.js';
import { found, nothing, type Finding } from './finding.js';
import { headerRules } from './rules/header-rules.js';
import { firstMatch } from './rules/text-rule.js';

/** A headline line's text; a run-in header holds the headline in its first field. */
function headlineOf(text: string): { title: string; rule: string } {
  const header = firstMatch(headerRules, text);
  if (header?.captures.title) return { title: header.captures.title, rule: header.rule.id };
  return { title: text.trim(), rule: 'title-line' };
}

/**
 * A segment's headline: its title line, a title the segmenter found elsewhere on the page
 * (card headlines listed after the cards), the headline field of a run-in header, or the
 * input's own title for the page's first segment. Null when none is printed.
 */
export function findTitle(input: MetadataInput): Finding<string> {
  const segment = segmentOf(input);
  const titleLine = segment.titleLine === null ? undefined : input.lines[segment.titleLine];
  if (titleLine && titleLine.text.trim() !== '') {
    const { title, rule } = headlineOf(titleLine.text);
    return found(title, rule, excerpt(titleLine.text), `line ${(segment.titleLine ?? 0) + 1}: the segment’s headline line`);
  }
  if (segment.titleText?.trim()) return found(segment.titleText.trim(), 'segment-title-text', segment.titleText, `found by the segmenter (${segment.rule})`);
  for (const { at, line } of segmentLines(input)) {
    const header = firstMatch(headerRules, line.text);
    if (line.kind === 'title' || header?.captures.title) {
      const { title, rule } = headlineOf(line.text);
      return found(title, rule, excerpt(line.text), `line ${at + 1} (${line.kind})`);
    }
  }
  // The input's title names the page's lead article, not the pieces after it.
  const given = input.given.title?.trim();
  if (given && input.index === 0) return found(given, 'given-title', given, 'the input’s own metadata gives the title');
  return nothing();
}
