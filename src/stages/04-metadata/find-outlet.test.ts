import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { findOutlet } from './find-outlet.js';
import { pageInput, type PageSpec } from './metadata-fixtures.js';

const BODY = 'Officials met on Thursday to discuss the draft agreement.';

describe('findOutlet', () => {
  const single: [string, PageSpec, string | null, string | null][] = [
    ['the given outlet wins over a dateline', { lines: ['WASHINGTON (Reuters) – Officials met.'], given: { outlet: 'Example Times' } }, 'Example Times', 'given-outlet'],
    ['a wire dateline names the agency', { lines: ['Headline', 'WASHINGTON (Reuters) – Officials met on Thursday.'] }, 'Reuters', 'dateline-place-agency'],
    ['an AP dateline with a country', { lines: ['KYIV, Ukraine (AP) — Ukraine’s president said'] }, 'AP', 'dateline-place-agency'],
    ['an agency lead with no place', { lines: ['(CNN) — President Volodymyr Zelensky said'] }, 'CNN', 'dateline-agency-lead'],
    ['a copyright line naming a site', { lines: [BODY, ['copyright', 'Copyright Axios Media, 2024']] }, 'Axios', 'copyright-holder'],
    ['a publisher alone is used when nothing better is printed', { lines: [BODY, ['copyright', 'Copyright 2024 Nexstar Media Inc. All rights reserved.']] }, 'Nexstar Media Inc.', 'copyright-holder'],
    ['a sign-up notice names the site, beating the publisher', {
      lines: [BODY, ['signup', 'By signing up, I agree to receive offers using my email address from The Hill, Nexstar Media Inc., and its affiliates'], ['copyright', 'Copyright 2024 Nexstar Media Inc. All rights reserved.']],
    }, 'The Hill', 'signup-from-site'],
    ['an address footer in capitals takes the page’s spelling', {
      lines: [BODY, 'Sign up for The Hill’s Morning Report', ['address', 'THE HILL 400 N CAPITOL STREET NW, SUITE 650 WASHINGTON DC 20002']],
    }, 'The Hill', 'signup-site-newsletter'],
    ['an address footer alone is title-cased', { lines: [BODY, ['address', 'THE HILL 400 N CAPITOL STREET NW, SUITE 650 WASHINGTON DC 20002']] }, 'The Hill', 'address-footer-capitals'],
    ['an author bio names the employer', { lines: [BODY, ['bio', 'Sonam Sheth is an Evening Politics Editor at Newsweek who is based in New York.']] }, 'Newsweek', 'bio-role-at-outlet'],
    ['a bio’s e-mail domain names the employer', { lines: [BODY, ['bio', 'You can get in touch with Sonam at s.sheth@newsweek.com.']] }, 'Newsweek', 'bio-email-domain'],
    ['a webmail address names nobody', { lines: [BODY, ['bio', 'Reach her at jane.doe@gmail.com.']] }, null, null],
    ['a run-in header names the site after the title', { lines: ['U.S. and Ukraine Near Deal \\ Newslooks \\ Washington DC \\ Mary Sidiqi \\ Evening Edition \\ The U.S. and Ukraine are making progress.'] }, 'Newslooks', 'run-in-header'],
    ['a run-in header split from its title still names the site', { lines: [['title', 'U.S. and Ukraine Near Deal'], ['header', 'Newslooks \\ Washington DC \\ Mary Sidiqi \\ Evening Edition \\'], 'The U.S. and Ukraine are making progress.'] }, 'Newslooks', 'run-in-header-fields'],
    ['the URL host is the last resort', { lines: [BODY], given: { url: 'https://www.reuters.com/world/europe/x-2025-02-20/' } }, 'Reuters', 'url-host'],
    ['a well-known host has its known name', { lines: [BODY], given: { url: 'https://www.nytimes.com/2025/02/20/world/x.html' } }, 'The New York Times', 'url-host'],
    ['outlets named in the body are sources, not the outlet', { lines: [BODY, 'Three sources with knowledge of the call tell Axios.', 'Reuters reported that talks were tense.'] }, null, null],
    ['nothing printed: unknown', { lines: ['A draft deal is not one Zelensky would accept, a source says.', BODY] }, null, null],
  ];
  for (const [why, spec, outlet, rule] of single) {
    it(why, () => {
      const got = findOutlet(pageInput(spec));
      assert.equal(got.value, outlet);
      assert.equal(got.evidence?.rule ?? null, rule);
    });
  }

  const mixedPage: PageSpec = {
    lines: [
      ['masthead', 'Axios'],
      'The administration has given Kyiv an improved draft, sources tell Axios.',
      'Why it matters: the row deepened this week.',
      'War-torn Ukraine sits on significant reserves of rare earth minerals.',
      ['copyright', 'Copyright Axios Media, 2024'],
      'WASHINGTON (Reuters) – Waltz said on Thursday that Kyiv must return to the table.',
      '(Reporting by Jeff Mason; Editing by Chris Reese)',
      'National security adviser Mike Waltz said Thursday that Zelensky needs to tone it down.',
      ['signup', 'By signing up, I agree to receive offers using my email address from The Hill, Nexstar Media Inc., and its affiliates'],
      'Waltz also said the administration has been engaging with allies.',
    ],
    segments: [[0, 3], [3, 5], [5, 7], [7, 10]],
  };
  const mixedWant: [number, string, string][] = [
    [0, 'Axios', 'masthead'],
    [1, 'Axios', 'copyright-holder'],
    [2, 'Reuters', 'dateline-place-agency'],
    [3, 'The Hill', 'signup-from-site'],
  ];
  for (const [index, outlet, rule] of mixedWant) {
    it(`page mixing Axios, Reuters and The Hill: segment ${index} is ${outlet}`, () => {
      const got = findOutlet(pageInput(mixedPage, index));
      assert.equal(got.value, outlet);
      assert.equal(got.evidence?.rule, rule);
    });
  }

  it('a masthead stops at the first segment that names its own site', () => {
    const spec: PageSpec = {
      lines: [['masthead', 'Axios'], BODY, 'WASHINGTON (Reuters) – Waltz said on Thursday.', 'A later piece with no outlet evidence.'],
      segments: [[0, 2], [2, 3], [3, 4]],
    };
    assert.equal(findOutlet(pageInput(spec, 0)).value, 'Axios');
    assert.equal(findOutlet(pageInput(spec, 1)).value, 'Reuters');
    assert.equal(findOutlet(pageInput(spec, 2)).value, null);
  });

  it('a site copyright footer covers the segments before it', () => {
    const spec: PageSpec = {
      lines: ['First card lead.', 'Second card lead.', 'Third card lead.', ['copyright', 'Copyright Axios Media, 2024']],
      segments: [[0, 1], [1, 2], [2, 4]],
    };
    for (const i of [0, 1, 2]) assert.equal(findOutlet(pageInput(spec, i)).value, 'Axios');
  });

  it('a footer does not reach back past a segment with its own outlet', () => {
    const spec: PageSpec = {
      lines: ['A lead with no outlet.', 'LONDON (Reuters) - Oil rose.', ['copyright', 'Copyright Axios Media, 2024']],
      segments: [[0, 1], [1, 2], [2, 3]],
    };
    assert.equal(findOutlet(pageInput(spec, 0)).value, null);
  });
});
