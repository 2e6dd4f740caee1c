import { test } from 'node:test';
import assert from 'node:assert/strict';
import { OPENER_RULES } from './openers.js';
import { segmentLines } from '../segment-lines.js';
import { linesOf } from '../example-lines.js';

for (const rule of OPENER_RULES) {
  test(`opener rule ${rule.id}`, async (t) => {
    assert.ok(rule.examples.length > 0 && rule.counterExamples.length > 0);
    for (const [i, example] of rule.examples.entries()) {
      await t.test(`opens a segment in example ${i + 1}`, () => {
        assert.ok(segmentLines(linesOf(example)).some((s) => s.rule === rule.id));
      });
    }
    for (const [i, counter] of rule.counterExamples.entries()) {
      await t.test(`opens none in counter-example ${i + 1}`, () => {
        assert.ok(!segmentLines(linesOf(counter)).some((s) => s.rule === rule.id));
      });
    }
  });
}

test('opener rule ids are unique', () => {
  const ids = OPENER_RULES.map((r) => r.id);
  assert.equal(new Set(ids).size, ids.length);
});
