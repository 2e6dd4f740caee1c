import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { firedRules, resolveTexts } from '../testing.js';
import { AFFILIATION_RULES } from './affiliation.js';
import { COUNTRY_RULES } from './countries.js';
import { LINK_RULES } from './linking.js';
import { MERGE_RULES } from './merging.js';
import type { ResolutionExample, ResolutionRule } from './rule.js';

const ALL: Record<string, readonly ResolutionRule[]> = {
  linking: LINK_RULES, merging: MERGE_RULES, countries: COUNTRY_RULES, affiliation: AFFILIATION_RULES,
};
const label = (e: ResolutionExample): string => JSON.stringify(typeof e === 'string' ? e : e.join(' | ')).slice(0, 80);

it('resolution rule ids are unique', () => {
  const ids = Object.values(ALL).flat().map((r) => r.id);
  assert.deepEqual(ids.filter((id, i) => ids.indexOf(id) !== i), []);
});

for (const [group, rules] of Object.entries(ALL)) {
  describe(`resolution rules: ${group}`, () => {
    for (const rule of rules) {
      describe(rule.id, () => {
        it('has a reason, examples and counter-examples', () => {
          assert.ok(rule.reason.length > 10 && rule.examples.length > 0 && rule.counterExamples.length > 0);
        });
        for (const example of rule.examples) {
          it(`fires on ${label(example)}`, () => {
            assert.ok(firedRules(resolveTexts(example).model).has(rule.id), `${rule.id} did not fire`);
          });
        }
        for (const counter of rule.counterExamples) {
          it(`does not fire on ${label(counter)}`, () => {
            assert.ok(!firedRules(resolveTexts(counter).model).has(rule.id), `${rule.id} fired`);
          });
        }
      });
    }
  });
}
