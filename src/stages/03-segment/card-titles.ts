import type { ClassifiedLine } from '../../model/line.js';
import type { Segment } from '../../pipeline/page-doc.js';
import { nextContent } from './line-shape.js';

/** The teaser-card opener's id, and the rule that gives cards their titles. */
export const TEASER_CARD_RULE = 'teaser-card';
export const CARD_TITLES_RULE = 'card-titles-after-copyright';

/** Related headlines listed right after the copyright line at `at`. */
function headlinesAfter(lines: readonly ClassifiedLine[], at: number): string[] {
  const titles: string[] = [];
  for (let i = nextContent(lines, at); i !== -1 && lines[i]!.kind === 'related-headline'; i = nextContent(lines, i)) {
    titles.push(lines[i]!.text.trim());
  }
  return titles;
}

/**
 * Teaser cards print no headline; their page lists the card headlines after its copyright line,
 * in card order. When the list is exactly as long as the run of cards before it, each card gets
 * its title (Segment.titleText). Returns new segments; the input is not changed.
 */
export function assignCardTitles(lines: readonly ClassifiedLine[], segments: readonly Segment[]): Segment[] {
  const result = segments.map((s) => ({ ...s }));
  result.forEach((segment, index) => {
    for (let at = segment.firstLine; at < segment.endLine; at++) {
      if (lines[at]!.kind !== 'copyright') continue;
      const titles = headlinesAfter(lines, at);
      if (titles.length === 0) continue;
      let first = segment.rule === TEASER_CARD_RULE ? index : index - 1;
      const last = first;
      while (first >= 0 && result[first]!.rule === TEASER_CARD_RULE) first--;
      const cards = result.slice(first + 1, last + 1);
      if (cards.length === titles.length) cards.forEach((card, i) => (card.titleText = titles[i]!));
    }
  });
  return result;
}
