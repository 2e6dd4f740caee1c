import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { PublishedBasis } from '../../model/article.js';
import { findPublished } from './find-published.js';
import { pageInput, type PageSpec } from './metadata-fixtures.js';

type Case = [string, PageSpec, number, string | null, PublishedBasis, string | null];

const CAPTION_FEB_15 = ['caption', 'Zelensky arrives at the Munich Security Conference on Feb. 15 in Munich, Germany. Photo: Getty Images'] as const;
const CAPTION_FEB_4 = ['caption', 'Zelensky during a press conference on Feb. 4, 2025 in Kyiv, Ukraine. Photo: Getty Images'] as const;

describe('findPublished', () => {
  const cases: Case[] = [
    ['the given date wins over a printed one', { lines: ['Published February 20, 2025', 'Officials met on Thursday.'], given: { published: '2025-02-21' } }, 0, '2025-02-21', 'given', 'given-published'],
    ['a given timestamp gives its day', { lines: ['Officials met.'], given: { published: '2025-02-21T10:00:00Z' } }, 0, '2025-02-21', 'given', 'given-published'],
    ['a given value that is no date is ignored', { lines: ['Officials met.'], given: { published: 'yesterday' } }, 0, null, 'unknown', 'no-date-evidence'],
    ['an update stamp is printed', { lines: ['Officials met on Friday.', ['update-stamp', 'Update 4/11/25 9:38 p.m. ET: This story has been updated with additional information and context.']] }, 0, '2025-04-11', 'printed', 'stamp-updated'],
    ['a Published stamp beats an Updated stamp', { lines: [['update-stamp', 'Updated February 21, 2025 at 8:00 AM'], ['update-stamp', 'Published February 20, 2025 at 9:00 AM'], 'Officials met.'] }, 0, '2025-02-20', 'printed', 'stamp-published'],
    ['a dateline date takes the page’s year', { lines: ['LONDON, Feb 20 (Reuters) - Britain said on Thursday it would help.', ['copyright', '© 2025 Reuters. All rights reserved.']] }, 0, '2025-02-20', 'printed', 'dateline-place-agency'],
    ['a bare date line is printed', { lines: ['Headline', 'February 20, 2025', 'Officials met.'] }, 0, '2025-02-20', 'printed', 'stamp-date-line'],
    ['weekdays after a caption anchor, year from another caption', {
      lines: [CAPTION_FEB_15, 'Trump told reporters on Wednesday that the deal was close.', 'Zelensky met on Thursday in Kyiv with Kellogg.', CAPTION_FEB_4],
    }, 0, '2025-02-20', 'inferred', 'weekday-after-anchor'],
    ['an anchor printed in another segment of the page', {
      lines: [CAPTION_FEB_4, 'An earlier card.', CAPTION_FEB_15, 'Zelensky said in an interview aired Sunday that he would never accept it.'],
      segments: [[0, 2], [2, 4]],
    }, 1, '2025-02-16', 'inferred', 'weekday-after-anchor'],
    ['across a month end', { lines: [['caption', 'Leaders in Brussels on Jan. 30, 2025. Photo: AP'], 'The minister said on Monday the talks had stalled.'] }, 0, '2025-02-03', 'inferred', 'weekday-after-anchor'],
    ['across a year end', { lines: [['caption', 'Crowds in Kyiv on Dec. 30, 2024. Photo: AP'], 'The president said Friday that he was ready.'] }, 0, '2025-01-03', 'inferred', 'weekday-after-anchor'],
    ['a body date with its year, on a weekday the text names, anchors', { lines: ['Iran fired missiles on Wednesday, Jan. 8, 2020, officials said.', 'Trump spoke on Thursday.'] }, 0, '2020-01-09', 'inferred', 'weekday-after-anchor'],
    ['a body date of history on a weekday the text does not name is no anchor', { lines: ['The law passed on March 3, 2019.', 'Officials met on Friday.'] }, 0, null, 'unknown', 'no-date-evidence'],
    ['a body date from an earlier year than the page names is history', { lines: ['The treaty was signed on Friday, March 12, 1993.', 'Officials met on Friday to mark it, ahead of 2025 talks.'] }, 0, null, 'unknown', 'no-date-evidence'],
    ['a yearless body date is no anchor', { lines: ['The caucuses on Feb. 3 loom.', 'Officials met on Monday.', ['copyright', '© 2020 Example News']] }, 0, null, 'unknown', 'no-date-evidence'],
    ['a lone "on Friday" with no anchor stays unknown', { lines: ['Officials met on Friday to discuss the deal.'] }, 0, null, 'unknown', 'no-date-evidence'],
    ['copyright years are no anchor', { lines: ['Officials met on Friday.', ['copyright', '© 1998 – 2025 NEXSTAR MEDIA INC. | ALL RIGHTS RESERVED.']] }, 0, null, 'unknown', 'no-date-evidence'],
    ['a page with no date evidence stays unknown', { lines: ['Tensions between the two countries have reached a boiling point.', 'Talks continue.'] }, 0, null, 'unknown', 'no-date-evidence'],
    ['a full date with no weekday is no publication date', { lines: ['The two leaders first met on Feb. 4, 2025 in Kyiv.', 'Talks continue.'] }, 0, null, 'unknown', 'no-date-evidence'],
    ['a date still to come is no anchor', { lines: ['The leaders will meet on March 3, 2025 in Paris.', 'Officials met on Friday.'] }, 0, null, 'unknown', 'no-date-evidence'],
    ['a weekday in a caption is not the article’s word', { lines: [['caption', 'Zelensky in Kyiv on Tuesday, Feb. 4, 2025. Photo: AP'], 'Talks continue.'] }, 0, null, 'unknown', 'no-date-evidence'],
    ['a coming weekday is no evidence', { lines: [CAPTION_FEB_4, 'The leaders will meet on Friday in Paris.'] }, 0, null, 'unknown', 'no-date-evidence'],
  ];
  for (const [why, spec, index, date, basis, rule] of cases) {
    it(why, () => {
      const got = findPublished(pageInput(spec, index));
      assert.equal(got.published, date, got.evidence?.note ?? '');
      assert.equal(got.basis, basis);
      assert.equal(got.evidence?.rule ?? null, rule);
    });
  }

  it('an inferred date records its phrases, its anchor and its margin', () => {
    const got = findPublished(pageInput({ lines: [CAPTION_FEB_15, 'Trump said on Wednesday night that he was trying to resurrect the deal.', 'Zelensky met on Thursday in Kyiv.', CAPTION_FEB_4] }));
    const note = got.evidence?.note ?? '';
    assert.match(note, /“said on Wednesday night”/);
    assert.match(note, /“met on Thursday”/);
    assert.match(note, /Feb\. 15/);
    assert.match(note, /year 2025/);
    assert.match(note, /Margin/);
  });
});
