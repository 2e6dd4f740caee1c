import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { findTitle } from './find-title.js';
import { pageInput, type PageSpec } from './metadata-fixtures.js';

describe('findTitle', () => {
  const cases: [string, PageSpec, number, string | null, string | null][] = [
    ['the segment’s title line', { lines: [['title', 'Draft deal not one Zelensky would accept'], 'A draft deal between the two countries.'], titleLines: [0] }, 0, 'Draft deal not one Zelensky would accept', 'title-line'],
    ['a run-in header’s first field', {
      lines: ['U.S. and Ukraine Near Deal on Rare Earth Minerals Amid Tensions \\ Newslooks \\ Washington DC \\ Mary Sidiqi \\ Evening Edition \\ The U.S. and Ukraine are making progress.'], titleLines: [0],
    }, 0, 'U.S. and Ukraine Near Deal on Rare Earth Minerals Amid Tensions', 'run-in-header'],
    ['a title the segmenter found elsewhere on the page', { lines: ['Card lead.'], titleTexts: ['What to know about Ukraine’s minerals'] }, 0, 'What to know about Ukraine’s minerals', 'segment-title-text'],
    ['a title-kind line when the segmenter named none', { lines: [['title', 'Waltz: Ukraine needs to tone it down'], 'Waltz said Thursday.'] }, 0, 'Waltz: Ukraine needs to tone it down', 'title-line'],
    ['the given title for the page’s first segment', { lines: ['Body.'], given: { title: 'Given headline' } }, 0, 'Given headline', 'given-title'],
    ['the printed title beats the given one', { lines: [['title', 'Printed headline'], 'Body.'], titleLines: [0], given: { title: 'Given headline' } }, 0, 'Printed headline', 'title-line'],
    ['the given title does not name later pieces', { lines: ['First.', 'ANKARA (Reuters) - Second.'], segments: [[0, 1], [1, 2]], given: { title: 'Given headline' } }, 1, null, null],
    ['a header line without its title is no headline', { lines: [['header', 'Newslooks \\ Washington DC \\ Mary Sidiqi \\ Evening Edition \\'], 'The U.S. and Ukraine are making progress.'] }, 0, null, null],
    ['no headline printed: null', { lines: ['ANKARA (Reuters) -President Zelenskiy was quoted on Wednesday.'] }, 0, null, null],
  ];
  for (const [why, spec, index, title, rule] of cases) {
    it(why, () => {
      const got = findTitle(pageInput(spec, index));
      assert.equal(got.value, title);
      assert.equal(got.evidence?.rule ?? null, rule);
    });
  }
});
