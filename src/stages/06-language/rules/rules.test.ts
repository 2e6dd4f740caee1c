import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../find-mentions.js';
import type { LanguageRule } from './rule.js';
import { COUNTRY_NAME_PREFIXES, COUNTRY_RULES, NUMBER_RULES } from './countries.js';
import { COUNTRY_EXTRAS } from './countries-extra.js';
import { INTERNATIONAL_BODIES } from './international-bodies.js';
import { INSTITUTIONS } from './institutions.js';
import { LINE_CONTEXT_RULES } from './line-contexts.js';
import { FUNCTION_WORDS, MONTH_SURNAMES, NAME_PARTICLES, NAME_RULES, NOT_NAMES, PLACE_OPENERS, PLACE_WORDS } from './names.js';
import { GROUP_WORDS, LEADER_ADMINISTRATION, ORG_SUFFIXES } from './organizations.js';
import { PRONOUNS } from './pronouns.js';
import { SENTENCE_BREAKS } from './sentence-breaks.js';
import {
  SOURCE_COMPLEMENTS, SOURCE_DETERMINERS, SOURCE_HEADS, SOURCE_MODIFIED_NOUNS, SOURCE_MODIFIERS, SOURCE_OBJECT_ENDS, SOURCE_PATTERNS,
} from './sources.js';
import { TITLE_RULES } from './titles.js';

const ALL: Record<string, readonly LanguageRule[]> = {
  sentences: SENTENCE_BREAKS,
  'line contexts': LINE_CONTEXT_RULES,
  countries: [...COUNTRY_RULES, ...COUNTRY_EXTRAS, COUNTRY_NAME_PREFIXES],
  'international bodies': INTERNATIONAL_BODIES,
  institutions: INSTITUTIONS,
  titles: TITLE_RULES,
  names: [...NAME_RULES, NAME_PARTICLES, NOT_NAMES, FUNCTION_WORDS, MONTH_SURNAMES, PLACE_WORDS, PLACE_OPENERS],
  organisations: [ORG_SUFFIXES, LEADER_ADMINISTRATION, ...GROUP_WORDS],
  sources: [SOURCE_HEADS, SOURCE_MODIFIERS, SOURCE_DETERMINERS, SOURCE_COMPLEMENTS, SOURCE_MODIFIED_NOUNS, SOURCE_OBJECT_ENDS, ...SOURCE_PATTERNS],
  pronouns: PRONOUNS,
  numbers: NUMBER_RULES,
};

it('rule ids are unique across the stage', () => {
  const ids = Object.values(ALL).flat().map((r) => r.id);
  assert.deepEqual(ids.filter((id, i) => ids.indexOf(id) !== i), []);
});

for (const [group, rules] of Object.entries(ALL)) {
  describe(`language rules: ${group}`, () => {
    for (const rule of rules) {
      describe(rule.id, () => {
        it('has a reason, examples and counter-examples', () => {
          assert.ok(rule.reason.length > 10);
          assert.ok(rule.examples.length > 0);
          assert.ok(rule.counterExamples.length > 0);
        });
        for (const example of rule.examples) {
          it(`fires on: ${JSON.stringify(example.slice(0, 70))}`, () => {
            assert.ok(analyseText(example).fired.has(rule.id), `${rule.id} did not fire`);
          });
        }
        for (const counter of rule.counterExamples) {
          it(`does not fire on: ${JSON.stringify(counter.slice(0, 70))}`, () => {
            assert.ok(!analyseText(counter).fired.has(rule.id), `${rule.id} fired`);
          });
        }
      });
    }
  });
}
