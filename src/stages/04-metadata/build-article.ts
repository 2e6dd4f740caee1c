import type { Article } from '../../model/article.js';
import type { LineKind } from '../../model/line.js';
import type { PageDoc, Segment } from '../../pipeline/page-doc.js';
import { contentId } from '../../pipeline/ids.js';
import { articleText } from '../../pipeline/article-text.js';
import type { MetadataInput } from './metadata-input.js';
import { findOutlet } from './find-outlet.js';
import { findTitle } from './find-title.js';
import { findByline } from './find-byline.js';
import { findPublished } from './find-published.js';

/** Line kinds that are neither the article's words nor furniture to account for. */
const KEPT_KINDS: ReadonlySet<LineKind> = new Set<LineKind>(['body', 'title', 'blank']);

/**
 * One segment of a page as an article: its cleaned text, the furniture dropped from it, and
 * its outlet, title, byline and date with the evidence for each. The id hashes the cleaned
 * text, so the same article found on two pages gets one id.
 */
export function buildArticle(doc: PageDoc, segment: Segment, index: number): Article {
  const lines = doc.lines ?? [];
  const segments = doc.segments ?? [segment];
  const input: MetadataInput = { given: doc.page.given, lines, segments, index };
  const { text } = articleText(lines, segment);
  const outlet = findOutlet(input);
  const title = findTitle(input);
  const byline = findByline(input);
  const published = findPublished(input);
  const covered = lines.slice(segment.firstLine, segment.endLine);
  return {
    id: contentId('art', text),
    pageId: doc.page.id,
    source: doc.page.source,
    segment: index,
    pageStart: covered[0]?.start ?? 0,
    pageEnd: covered[covered.length - 1]?.end ?? 0,
    outlet: outlet.value,
    title: title.value,
    url: doc.page.given.url,
    byline: byline.value,
    published: published.published,
    publishedBasis: published.basis,
    evidence: { outlet: outlet.evidence, title: title.evidence, byline: byline.evidence, published: published.evidence },
    text,
    removed: covered
      .filter((l) => !KEPT_KINDS.has(l.kind) && l.text.trim() !== '')
      .map((l) => ({ text: l.text, kind: l.kind, rule: l.rule })),
    duplicateOf: null,
    derivedFrom: null,
  };
}
