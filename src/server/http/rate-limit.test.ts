import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createRateLimiter } from './rate-limit.js';
import { tokenMatches } from './require-token.js';

describe('createRateLimiter', () => {
  it('allows `limit` requests per window per client, then says how long to wait', () => {
    let t = 1_000_000;
    const limiter = createRateLimiter({ limit: 3, windowMs: 60_000, now: () => t });
    assert.deepEqual([limiter.hit('a'), limiter.hit('a'), limiter.hit('a')], [null, null, null]);
    assert.equal(limiter.hit('b'), null, 'another client has its own window');
    t += 15_500;
    assert.equal(limiter.hit('a'), 45, 'seconds left in the window, rounded up');
    t += 44_499;
    assert.equal(limiter.hit('a'), 1, 'never less than one second');
    t += 1;
    assert.equal(limiter.hit('a'), null, 'a new window');
  });

  it('a limit of 0 is off', () => {
    const limiter = createRateLimiter({ limit: 0 });
    for (let i = 0; i < 1000; i++) assert.equal(limiter.hit('a'), null);
  });
});

describe('tokenMatches', () => {
  const cases: readonly [string, string, boolean][] = [
    ['s3cret', 's3cret', true],
    ['s3cret', 's3cre', false],
    ['s3cret', 's3cret ', false],
    ['s3cret', 'S3CRET', false],
    ['s3cret', '', false],
    ['ключ', 'ключ', true],
  ];
  for (const [expected, given, match] of cases) it(`'${given}' ${match ? 'matches' : 'does not match'} '${expected}'`, () => assert.equal(tokenMatches(expected, given), match));
});
