import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { findByline } from './find-byline.js';
import { pageInput, type PageSpec } from './metadata-fixtures.js';

describe('findByline', () => {
  const cases: [string, PageSpec, number, string | null, string | null][] = [
    ['a By line', { lines: ['Headline', ['byline', 'By Jane Doe'], 'Officials met.'] }, 0, 'Jane Doe', 'by-line'],
    ['a By line with an outlet after the name', { lines: [['byline', 'By Mary Sidiqi, Newslooks'], 'Officials met.'] }, 0, 'Mary Sidiqi', 'by-line'],
    ['a reporting credit gives the reporters, not the editors', { lines: ['WASHINGTON (Reuters) – Waltz said.', ['credit', '(Reporting By Jeff Mason and Jarrett Renshaw; Editing by Chris Reese)']] }, 0, 'Jeff Mason and Jarrett Renshaw', 'reporting-credit'],
    ['a reporting credit drops where reporters filed from', { lines: ['KYIV (Reuters) - Officials said.', ['credit', '(Reporting by Olena Harmash in Kyiv and Tom Balmforth in London; Editing by Alex Richardson)']] }, 0, 'Olena Harmash and Tom Balmforth', 'reporting-credit'],
    ['the run-in header’s author field', { lines: ['U.S. and Ukraine Near Deal \\ Newslooks \\ Washington DC \\ Mary Sidiqi \\ Evening Edition \\ The U.S. and Ukraine are making progress.'] }, 0, 'Mary Sidiqi', 'run-in-header'],
    ['the author field of a header split from its title', { lines: [['title', 'U.S. and Ukraine Near Deal'], ['header', 'Newslooks \\ Washington DC \\ Mary Sidiqi \\ Evening Edition \\'], 'The U.S. and Ukraine are making progress.'] }, 0, 'Mary Sidiqi', 'run-in-header'],
    ['a byline in capitals is title-cased', { lines: [['byline', 'By MARY CLARE JALONICK, KEVIN FREKING and DEB RIECHMANN'], 'WASHINGTON (AP) — The Senate voted.'] }, 0, 'Mary Clare Jalonick, Kevin Freking and Deb Riechmann', 'by-line'],
    ['the given author for the page’s first segment', { lines: ['Officials met.'], given: { author: 'Jane Doe' } }, 0, 'Jane Doe', 'given-author'],
    ['a printed By line beats the given author', { lines: [['byline', 'By John Roe'], 'Officials met.'], given: { author: 'Jane Doe' } }, 0, 'John Roe', 'by-line'],
    ['the given author does not speak for later pieces', { lines: ['First piece.', 'Second piece.'], segments: [[0, 1], [1, 2]], given: { author: 'Jane Doe' } }, 1, null, null],
    ['an author bio names the writer', { lines: ['Officials met.', ['bio', 'Sonam Sheth is an Evening Politics Editor at Newsweek who is based in New York.']] }, 0, 'Sonam Sheth', 'bio-role-at-outlet'],
    ['"By signing up" is no byline', { lines: ['Officials met.', ['signup', 'By signing up, I agree to the Terms of Use']] }, 0, null, null],
    ['staff named in the body are no byline', { lines: ['Talks are ongoing, Axios’ Barak Ravid and Marc Caputo scooped.'] }, 0, null, null],
    ['one piece’s credit does not sign the next', { lines: ['WASHINGTON (Reuters) – Waltz said.', ['credit', '(Reporting by Jeff Mason; Editing by Chris Reese)'], 'ANKARA (Reuters) - Zelenskiy said.'], segments: [[0, 2], [2, 3]] }, 1, null, null],
  ];
  for (const [why, spec, index, name, rule] of cases) {
    it(why, () => {
      const got = findByline(pageInput(spec, index));
      assert.equal(got.value, name);
      assert.equal(got.evidence?.rule ?? null, rule);
    });
  }
});
