import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LINE_RULES } from './line-rules.js';
import { CONTEXT_RULES } from './context-rules.js';
import { ruleMatches } from './rule-types.js';
import { classifyLines } from '../classify-lines.js';
import { pageOf } from '../page-fixture.js';

test('rule ids are unique', () => {
  const ids = [...LINE_RULES, ...CONTEXT_RULES].map((r) => r.id);
  assert.deepEqual(ids.filter((id, i) => ids.indexOf(id) !== i), []);
});

for (const rule of LINE_RULES) {
  test(`line rule ${rule.id}`, async (t) => {
    assert.ok(rule.examples.length > 0, 'every rule has an example');
    assert.ok(rule.counterExamples.length > 0, 'every rule has a counter-example');
    for (const example of rule.examples) {
      await t.test(`matches: ${example.slice(0, 60)}`, () => {
        assert.ok(ruleMatches(rule, example.trim()), `${rule.id} should match`);
        // Also through the classifier, so an earlier rule cannot steal the line.
        const [line] = classifyLines(pageOf(example));
        assert.equal(line?.rule, rule.id);
        assert.equal(line?.kind, rule.kind);
      });
    }
    for (const counter of rule.counterExamples) {
      await t.test(`does not match: ${counter.slice(0, 60)}`, () => {
        assert.ok(!ruleMatches(rule, counter.trim()), `${rule.id} should not match`);
      });
    }
  });
}
