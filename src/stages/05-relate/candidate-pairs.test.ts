import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { testArticle } from './article-fixture.js';
import { readArticleUnits } from './article-units.js';
import { candidatePairs } from './candidate-pairs.js';
import { findGroup, groupKeys } from './key-groups.js';
import { createKeyIds } from './key-ids.js';
import { createMinHasher } from './minhash.js';

function random(seed: number): (n: number) => number {
  let s = seed;
  return (n) => {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    return (s >>> 8) % n;
  };
}

describe('groupKeys', () => {
  it('groups the keys of many sets as a map of key → sets would, owners ascending', () => {
    const pick = random(3);
    const sets = Array.from({ length: 300 }, () => new Set(Array.from({ length: 200 }, () => pick(5000) * 2 ** 30 + pick(1000))));
    const want = new Map<number, number[]>();
    sets.forEach((s, i) => s.forEach((k) => want.set(k, [...(want.get(k) ?? []), i])));
    const g = groupKeys(sets);
    assert.equal(g.keys.length, want.size);
    for (const [k, owners] of want) {
      const at = findGroup(g, k);
      assert.ok(at >= 0);
      assert.deepEqual([...g.owners.subarray(g.start[at]!, g.start[at + 1]!)], owners);
    }
    assert.equal(findGroup(g, 0.5), -1);
    assert.deepEqual([...g.keys], [...want.keys()].sort((a, b) => a - b));
  });
});

describe('candidatePairs beyond ALL_PAIRS_UP_TO', () => {
  it('is every pair sharing three grams held by 2–50 articles, counted without a map of all pairs', () => {
    // 600 articles, each four 12-word passages of 300 and its own words; five passages are in over 50 articles.
    const pick = random(5);
    const passages = Array.from({ length: 300 }, (_, p) => Array.from({ length: 12 }, (_, w) => `p${p}w${w}`).join(' '));
    const articles = Array.from({ length: 600 }, (_, a) => {
      const parts = [0, 1, 2, 3].map((k) => passages[k === 0 && a % 2 === 0 ? pick(5) : pick(300)]!);
      return testArticle(`a${a}`, `${parts.join(' filler ')} own${a} words${a} here${a} end${a}`);
    });
    const hasher = createMinHasher();
    const keyIds = createKeyIds();
    const units = articles.map((a) => readArticleUnits(a, null, hasher, keyIds));
    const df = new Map<number, number[]>();
    units.forEach((u, i) => u.allGrams.forEach((h) => df.set(h, [...(df.get(h) ?? []), i])));
    const shared = new Map<string, number>();
    for (const owners of df.values()) {
      if (owners.length < 2 || owners.length > 50) continue;
      for (let x = 0; x < owners.length; x++) for (let y = x + 1; y < owners.length; y++) shared.set(`${owners[x]},${owners[y]}`, (shared.get(`${owners[x]},${owners[y]}`) ?? 0) + 1);
    }
    const want = [...shared].filter(([, c]) => c >= 3).map(([p]) => p.split(',').map(Number) as [number, number]).sort((p, q) => p[0] - q[0] || p[1] - q[1]);
    assert.ok(want.length > 100, `${want.length} pairs: the corpus must share grams`);
    assert.deepEqual(candidatePairs(units), want);
  });
});
