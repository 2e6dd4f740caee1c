import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { lshCandidates } from './lsh.js';
import { createMinHasher, estimateJaccard } from './minhash.js';
import { containmentSorted, jaccardSorted, shingleHashes } from './shingles.js';

// Deterministic pseudo-random sets with a known overlap.
function sets(shared: number, onlyA: number, onlyB: number, seed = 12345): [Uint32Array, Uint32Array] {
  let s = seed;
  const next = (): number => (s = (Math.imul(s, 1103515245) + 12345) >>> 0);
  const common = Array.from({ length: shared }, next);
  const a = [...common, ...Array.from({ length: onlyA }, next)];
  const b = [...common, ...Array.from({ length: onlyB }, next)];
  return [Uint32Array.from(a).sort(), Uint32Array.from(b).sort()];
}

describe('shingles', () => {
  it('are word 5-grams, lower-cased, deduplicated', () => {
    assert.equal(shingleHashes('one two three four five').length, 1);
    assert.equal(shingleHashes('One two three four five six').length, 2);
    assert.equal(shingleHashes('one two three four').length, 0);
    assert.deepEqual(shingleHashes('A B C D E'), shingleHashes('a, b; c d — e'));
    assert.equal(shingleHashes('a b c d e a b c d e').length, 5);
  });
  it('give exact Jaccard and containment', () => {
    const [a, b] = sets(50, 50, 150);
    assert.equal(jaccardSorted(a, b), 50 / 250);
    assert.equal(containmentSorted(a, b), 0.5);
    assert.equal(jaccardSorted(a, new Uint32Array(0)), 0);
  });
});

describe('MinHash', () => {
  const hasher = createMinHasher(128);
  it('is deterministic and gives 1 for equal sets', () => {
    const [a] = sets(100, 0, 0);
    assert.deepEqual(hasher.signature(a), createMinHasher(128).signature(a));
    assert.equal(estimateJaccard(hasher.signature(a), hasher.signature(a)), 1);
  });
  const table: [number, number, number][] = [[0, 200, 200], [100, 300, 100], [200, 100, 100], [400, 50, 50], [300, 0, 0]];
  for (const [shared, onlyA, onlyB] of table) {
    const exact = shared / (shared + onlyA + onlyB);
    it(`estimates Jaccard ${exact.toFixed(2)} within 0.12 (3 standard errors at 128 hashes)`, () => {
      const [a, b] = sets(shared, onlyA, onlyB);
      const est = estimateJaccard(hasher.signature(a), hasher.signature(b));
      assert.ok(Math.abs(est - exact) <= 0.12, `estimate ${est}, exact ${exact}`);
    });
  }
  it('LSH proposes similar pairs and not dissimilar ones', () => {
    const [a, b] = sets(400, 50, 50);
    const [c] = sets(0, 0, 0);
    const [, d] = sets(0, 10, 300, 999);
    const pairs = lshCandidates([a, b, c, d].map((x) => hasher.signature(x)));
    assert.ok(pairs.some(([x, y]) => x === 0 && y === 1));
    assert.ok(!pairs.some(([x, y]) => x === 0 && y === 3), 'unrelated sets paired');
    assert.ok(!pairs.some(([x, y]) => x === 2 || y === 2), 'an empty set pairs with nothing');
  });
});
