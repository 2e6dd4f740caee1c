import fc from 'fast-check';
import { Article } from '../../model/article.js';
import { ClassifiedLine } from '../../model/line.js';
import type { PageDoc } from '../../pipeline/page-doc.js';
import { frontHalf } from '../../pipeline/front-half.js';
import { createPage } from '../../stages/01-ingest/create-page.js';
import { normaliseLineEndings } from '../../stages/01-ingest/decode-text.js';
import { dateLike } from '../arbitraries/records.js';
import { anyText, newsText } from '../arbitraries/weird-text.js';
import { checkArticleDoc, runBackHalf, runStagesOrThrow } from '../check-article-doc.js';
import { defineFuzzTarget } from '../fuzz-target.js';
import { checkSchema, checkSpanText, invariant, isCalendarDay } from '../invariant.js';

/** Lines of page furniture the cleaner and segmenter look for. */
const furniture = fc.constantFrom('By Jane Doe and John Roe', 'By REUTERS', 'Photo: Jane Doe/AP', 'Published Feb. 28, 2025', 'Updated 10:04 a.m. ET, Fri March 1, 2025', '© 2025 Reuters', 'Sign up for our newsletter', 'Share', 'Read more:', 'Advertisement', 'Related: Talks stall', 'Reporting by Jane Doe; Editing by John Roe', 'Getty Images', '', '   ', 'Home | World | Politics', 'Sponsored', 'Listen to this article');
const line = fc.oneof({ weight: 5, arbitrary: newsText(40) }, { weight: 2, arbitrary: furniture }, { weight: 1, arbitrary: anyText });
const pageText = fc.oneof({ weight: 4, arbitrary: fc.array(line, { maxLength: 30 }).map((ls) => ls.join('\n')) }, { weight: 1, arbitrary: anyText });
const given = fc.record({ url: fc.option(fc.webUrl(), { nil: null }), outlet: fc.option(newsText(3), { nil: null }), title: fc.option(newsText(8), { nil: null }), published: fc.option(dateLike.map((d) => d.slice(0, 10)).filter(isCalendarDay), { nil: null }), author: fc.option(newsText(3), { nil: null }) });

/** The most articles of one page sent through the back half, so one case stays within its budget. */
const MAX_ARTICLES = 3;

/**
 * The front half (clean, segment, metadata) on arbitrary page text, then the per-article back
 * half on what it makes. Line endings are made `\n` first, as ingest always does for a Page.
 */
export const frontHalfTarget = defineFuzzTarget({
  name: 'front-half',
  entry: 'clean → segment → metadata → back half',
  arbitrary: fc.record({ text: pageText, given }),
  check: ({ text, given }) => {
    const page = createPage('fuzz/page', 'text', normaliseLineEndings(text), given, text.length);
    const doc = runStagesOrThrow<PageDoc>(frontHalf, { page });
    const lines = doc.lines ?? [];
    for (const [i, l] of lines.entries()) {
      checkSchema(ClassifiedLine, l, `line ${i}`);
      checkSpanText(page.text, l, l.text, `line ${i}`);
    }
    for (const [i, s] of (doc.segments ?? []).entries()) {
      invariant(s.firstLine >= 0 && s.firstLine <= s.endLine && s.endLine <= lines.length, () => `segment ${i} covers lines ${s.firstLine}–${s.endLine} of ${lines.length}`);
      invariant(s.titleLine === null || (s.titleLine >= 0 && s.titleLine < lines.length), () => `segment ${i} title line ${s.titleLine} of ${lines.length}`);
    }
    const articles = doc.articles ?? [];
    for (const [i, a] of articles.entries()) {
      checkSchema(Article, a, `article ${i}`);
      invariant(a.pageStart >= 0 && a.pageStart <= a.pageEnd && a.pageEnd <= page.text.length, () => `article ${i} covers ${a.pageStart}–${a.pageEnd} of a ${page.text.length}-char page`);
      invariant(a.published === null || isCalendarDay(a.published), () => `article ${i} published ${a.published} is not a calendar day`);
      // Each paragraph of the article is page text from inside the segment.
      const covered = page.text.slice(a.pageStart, a.pageEnd);
      for (const p of a.text === '' ? [] : a.text.split('\n\n')) invariant(covered.includes(p), () => `article ${i} paragraph ${JSON.stringify(p.slice(0, 60))} is not in its segment of the page`);
    }
    for (const article of articles.slice(0, MAX_ARTICLES)) checkArticleDoc(runBackHalf({ article }));
  },
});
