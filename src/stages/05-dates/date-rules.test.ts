import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { CALENDAR_DAY_RULE, DATE_RULES, findDates } from './index.js';
import type { DateExample } from './rules/date-rule.js';

const rules: { id: string; examples: readonly DateExample[]; counterExamples: readonly string[] }[] = [...DATE_RULES, CALENDAR_DAY_RULE];

describe('date rules: every example resolves as stated, no counter-example fires', () => {
  it('rule ids are unique', () => {
    const ids = rules.map((r) => r.id);
    assert.deepEqual(ids.filter((id, i) => ids.indexOf(id) !== i), []);
  });
  for (const rule of rules) {
    describe(rule.id, () => {
      it('has examples and counter-examples', () => {
        assert.ok(rule.examples.length > 0);
        assert.ok(rule.counterExamples.length > 0);
      });
      for (const ex of rule.examples) {
        it(`reads "${ex.expression}" in: ${ex.text.slice(0, 60)}`, () => {
          const found = findDates(ex.text, ex.published).find((d) => d.text === ex.expression);
          assert.ok(found, `no date expression "${ex.expression}" in ${JSON.stringify(findDates(ex.text, ex.published).map((d) => d.text))}`);
          assert.equal(found.rule, rule.id);
          if (ex.date !== undefined) assert.equal(found.date, ex.date);
          if (ex.from !== undefined) assert.equal(found.from, ex.from);
          if (ex.to !== undefined) assert.equal(found.to, ex.to);
          assert.ok(found.basis.length > 0, 'every date states its basis');
        });
      }
      for (const counter of rule.counterExamples) {
        it(`does not fire on: ${counter.slice(0, 60)}`, () => {
          const fired = findDates(counter, '2025-02-20').filter((d) => d.rule === rule.id);
          assert.deepEqual(fired.map((d) => d.text), []);
        });
      }
    });
  }
});
