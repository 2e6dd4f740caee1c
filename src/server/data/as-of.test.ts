import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Article } from '../../model/article.js';
import { ApiError } from '../http/api-error.js';
import { filterAsOf, parseAsOf } from './as-of.js';

describe('the as-of control', () => {
  // [raw, parsed or 'E_AS_OF']
  const CASES: readonly [string | undefined, string | null][] = [
    [undefined, null], ['', null], ['2025-02-19', '2025-02-19'], ['2024-02-29', '2024-02-29'],
    ['2025-02-29', 'E_AS_OF'], ['2025-2-19', 'E_AS_OF'], ['19/02/2025', 'E_AS_OF'], ['2025-02-19T00:00', 'E_AS_OF'], ['<script>', 'E_AS_OF'],
  ];
  for (const [raw, expected] of CASES) {
    it(`${JSON.stringify(raw)} → ${expected}`, () => {
      if (expected === 'E_AS_OF') assert.throws(() => parseAsOf(raw), (e: unknown) => e instanceof ApiError && e.code === 'E_AS_OF' && e.status === 400);
      else assert.equal(parseAsOf(raw), expected);
    });
  }

  it('keeps articles published on or before the day and counts what it leaves out', () => {
    const articles = [['a', '2025-02-18'], ['b', '2025-02-19'], ['c', '2025-02-20'], ['d', null]].map(([id, published]) => ({ id, published }) as Article);
    const { kept, info } = filterAsOf(articles, '2025-02-19');
    assert.deepEqual(kept.map((a) => a.id), ['a', 'b']);
    assert.deepEqual(info, { date: '2025-02-19', total: 4, articles: 2, excludedUndated: 1, excludedLater: 1 });
    assert.equal(filterAsOf(articles, null).kept.length, 4, 'no date: every article, undated ones included');
  });
});
