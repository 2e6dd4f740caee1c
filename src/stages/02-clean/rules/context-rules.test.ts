import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CONTEXT_RULES } from './context-rules.js';
import type { LineInContext } from './rule-types.js';
import { classifyLines } from '../classify-lines.js';
import { pageOf } from '../page-fixture.js';

/** Classifies the snippet and returns the classified target line. */
function classifyTarget(example: LineInContext) {
  const before = example.before ?? [];
  const text = [...before, example.line, ...(example.after ?? [])].join('\n');
  const line = classifyLines(pageOf(text))[before.length];
  assert.equal(line?.text, example.line, 'snippet lines must not be split');
  return line!;
}

for (const rule of CONTEXT_RULES) {
  test(`context rule ${rule.id}`, async (t) => {
    assert.ok(rule.examples.length > 0 && rule.counterExamples.length > 0);
    for (const example of rule.examples) {
      await t.test(`applies: ${example.line.slice(0, 60)}`, () => {
        const line = classifyTarget(example);
        assert.equal(line.rule, rule.id);
        assert.equal(line.kind, rule.kind);
      });
    }
    for (const counter of rule.counterExamples) {
      await t.test(`does not apply: ${counter.line.slice(0, 60)}`, () => {
        assert.notEqual(classifyTarget(counter).rule, rule.id);
      });
    }
  });
}
