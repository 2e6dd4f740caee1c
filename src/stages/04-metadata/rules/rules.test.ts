import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { matchRule, type TextRule } from './text-rule.js';
import { datelineRules } from './dateline-rules.js';
import { addressRules, copyrightRules, signupRules } from './credit-rules.js';
import { bioRules, emailRules } from './bio-rules.js';
import { bylineRules } from './byline-rules.js';
import { headerRules } from './header-rules.js';
import { stampRules } from './stamp-rules.js';
import { notPastWeekdayRules } from './weekday-rules.js';
import { dateShapeRules, futureDateRules } from './date-context-rules.js';
import { holderExamples } from './holder-words.js';
import { knownHostNames } from './host-names.js';
import { displayNameForUrl, readHolder } from '../outlet-names.js';

const ruleSets: Record<string, readonly TextRule[]> = {
  datelineRules, copyrightRules, signupRules, addressRules, bioRules, emailRules, bylineRules, headerRules, stampRules, notPastWeekdayRules, futureDateRules, dateShapeRules,
};

describe('metadata rules: every example matches, every counter-example does not', () => {
  for (const [set, rules] of Object.entries(ruleSets)) {
    for (const rule of rules) {
      describe(`${set} / ${rule.id}`, () => {
        it('has a reason and at least one example and one counter-example', () => {
          assert.ok(rule.reason.length > 10);
          assert.ok(rule.examples.length > 0);
          assert.ok(rule.counterExamples.length > 0);
        });
        for (const ex of rule.examples) {
          it(`matches: ${ex.text.slice(0, 70)}`, () => {
            const got = matchRule(rule, ex.text);
            assert.ok(got, `no match on ${JSON.stringify(ex.text)}`);
            for (const [field, want] of Object.entries(ex.captures)) assert.equal(got[field], want, `capture ${field}`);
          });
        }
        for (const text of rule.counterExamples) {
          it(`does not match: ${text.slice(0, 70)}`, () => {
            assert.equal(matchRule(rule, text), null);
          });
        }
      });
    }
  }

  it('rule ids are unique across all sets', () => {
    const ids = Object.values(ruleSets).flatMap((rules) => rules.map((r) => r.id));
    assert.deepEqual(ids, [...new Set(ids)]);
  });

  for (const ex of holderExamples) {
    it(`copyright holder "${ex.holder}" reads as site ${ex.site ?? '–'}, publisher ${ex.publisher ?? '–'}`, () => {
      assert.deepEqual(readHolder(ex.holder), { site: ex.site, publisher: ex.publisher });
    });
  }

  for (const known of knownHostNames) {
    it(`host ${known.host} is ${known.name}`, () => {
      assert.equal(displayNameForUrl(known.example)?.name, known.name);
    });
  }
});
