import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isContentGram } from './content-words.js';
import { splitWords } from './words.js';
import { FUNCTION_WORDS } from './rules/function-words.js';
import { DOUBLE_QUOTES } from './rules/quote-marks.js';
import type { PatternRule } from './rules/relate-rule.js';
import { SOURCE_DESCRIPTIONS } from './rules/source-descriptions.js';

const fires = (rule: PatternRule, text: string): string[] => [...text.matchAll(rule.pattern)].map((m) => m[0]);

describe('stage 05 rules: every example fires, every counter-example does not', () => {
  for (const rule of [DOUBLE_QUOTES, ...SOURCE_DESCRIPTIONS]) {
    describe(rule.id, () => {
      it('has a reason and examples', () => {
        assert.ok(rule.reason.length > 10);
        assert.ok(rule.examples.length > 0 && rule.counterExamples.length > 0);
        assert.ok(rule.pattern.flags.includes('g'));
      });
      for (const text of rule.examples) it(`fires on: ${text}`, () => assert.ok(fires(rule, text).length > 0));
      for (const text of rule.counterExamples) it(`does not fire on: ${text}`, () => assert.deepEqual(fires(rule, text), []));
    });
  }
  describe(FUNCTION_WORDS.id, () => {
    const keys = (text: string): string[] => splitWords(text).map((w) => w.key);
    for (const text of FUNCTION_WORDS.examples) it(`a shared "${text}" proves nothing`, () => assert.equal(isContentGram(keys(text)), false));
    for (const text of FUNCTION_WORDS.counterExamples) it(`a shared "${text}" counts`, () => assert.equal(isContentGram(keys(text)), true));
  });
  it('the source rules find the whole description', () => {
    const [a, b] = SOURCE_DESCRIPTIONS;
    assert.deepEqual(fires(a!, 'according to a source familiar with the negotiations.'), ['a source familiar with the negotiations']);
    assert.deepEqual(fires(b!, 'An official in the Ukrainian Presidential Administration said'), ['An official in the Ukrainian Presidential Administration']);
  });
});

describe('word keys', () => {
  const cases: [string, string[]][] = [
    ['U.S. and US', ['us.', 'and', 'us.']],
    ['told us', ['told', 'us']],
    ['Ukraine’s 2,000 troops', ["ukraine's", '2000', 'troops']],
  ];
  for (const [text, expected] of cases) it(`${text} → ${expected.join(' ')}`, () => assert.deepEqual(splitWords(text).map((w) => w.key), expected));
  it('marks quoted words and names', () => {
    const text = 'He met Ingrid Dahl, who said "we agree" today.';
    const words = splitWords(text, [{ start: text.indexOf('we'), end: text.indexOf('agree') + 5 }]);
    assert.deepEqual(words.filter((w) => w.quoted).map((w) => w.key), ['we', 'agree']);
    assert.deepEqual(words.filter((w) => w.capital).map((w) => w.key), ['ingrid', 'dahl']);
  });
});
