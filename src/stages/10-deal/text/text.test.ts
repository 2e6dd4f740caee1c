import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { sentencesOf } from './sentences.js';
import { stem, words } from './words.js';

describe('stage 10 text helpers', () => {
  const stems: [string, string][] = [['guarantees', 'guarantee'], ['countries', 'country'], ['talks', 'talk'], ['access', 'access'], ['status', 'status'], ['us', 'us']];
  for (const [w, s] of stems) it(`stems "${w}" to "${s}"`, () => assert.equal(stem(w), s));

  it('cuts words with offsets, keeps "U.S." whole and splits a possessive', () => {
    const text = 'The U.S.’s draft didn’t include $500 billion.';
    const ws = words(text);
    assert.deepEqual(ws.map((w) => w.text), ['The', 'U.S.', '’s', 'draft', 'didn’t', 'include', '$500', 'billion', '.']);
    for (const w of ws) assert.equal(text.slice(w.start, w.end), w.text);
  });

  it('splits sentences without the language layer, not after "U.S." or "Lt."', () => {
    const text = 'The U.S. Treasury sent a draft. Ukraine rejected it!\nTalks go on.';
    assert.deepEqual(sentencesOf(text).map((s) => text.slice(s.start, s.end)), ['The U.S. Treasury sent a draft.', 'Ukraine rejected it!', 'Talks go on.']);
  });
});
