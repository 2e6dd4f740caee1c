import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { contentWords, quoteWords } from './quote-words.js';
import { AMOUNT_DISPUTES, MONEY } from './rules/amount-disputes.js';
import type { CrossCheckRule } from './rules/crosscheck-rule.js';
import { QUOTE_FUNCTION_WORDS } from './rules/function-words.js';
import { OUTCOME_PHRASES } from './rules/outcome-phrases.js';

const fires = (rule: CrossCheckRule, text: string): string[] => [...text.matchAll(rule.pattern)].map((m) => m[0]);

describe('stage 11 rules: every example fires, every counter-example does not', () => {
  for (const rule of [...OUTCOME_PHRASES, MONEY, ...AMOUNT_DISPUTES]) {
    describe(rule.id, () => {
      it('has a reason, examples and counter-examples', () => {
        assert.ok(rule.reason.length > 10);
        assert.ok(rule.examples.length > 0 && rule.counterExamples.length > 0);
        assert.ok(rule.pattern.flags.includes('g'));
      });
      for (const text of rule.examples) it(`fires on: ${text}`, () => assert.ok(fires(rule, text).length > 0));
      for (const text of rule.counterExamples) it(`does not fire on: ${text}`, () => assert.deepEqual(fires(rule, text), []));
    });
  }
  it('outcome rules point both ways', () => {
    assert.ok(OUTCOME_PHRASES.some((r) => r.polarity > 0) && OUTCOME_PHRASES.some((r) => r.polarity < 0));
  });
  describe(QUOTE_FUNCTION_WORDS.id, () => {
    for (const text of QUOTE_FUNCTION_WORDS.examples) it(`"${text}" has no content word`, () => assert.equal(contentWords(quoteWords(text)).size, 0));
    for (const text of QUOTE_FUNCTION_WORDS.counterExamples) it(`"${text}" has a content word`, () => assert.ok(contentWords(quoteWords(text)).size > 0));
  });
});

describe('quote words', () => {
  const cases: [string, string[]][] = [
    ['“a cynical stunt.”', ['a', 'cynical', 'stunt']],
    ['that the talks’ end is near,', ['the', 'talks', 'end', 'is', 'near']],
    ['the U.S. effort!', ['the', 'u.s', 'effort']],
  ];
  for (const [text, expected] of cases) it(`${text} → ${expected.join(' ')}`, () => assert.deepEqual(quoteWords(text), expected));
});
