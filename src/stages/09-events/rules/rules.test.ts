import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { eventsOf, mismatch } from '../run-example.js';
import { CLAUSE_BOUNDARIES, PARENTHETICAL } from './clause-boundaries.js';
import { MODALITY_CUES, NEGATION_CUES } from './mood-cues.js';
import { SPEECH_CUES } from './speech-cues.js';
import { TRIGGER_RULES } from './triggers.js';
import { WORD_LISTS } from './word-lists.js';

const allIds = [...TRIGGER_RULES, ...WORD_LISTS, ...NEGATION_CUES, ...MODALITY_CUES, ...SPEECH_CUES, ...CLAUSE_BOUNDARIES, PARENTHETICAL].map((r) => r.id);

describe('event rules are data: every example runs through stage 09', () => {
  it('rule ids are unique', () => {
    assert.deepEqual(allIds.filter((id, i) => allIds.indexOf(id) !== i), []);
  });

  for (const rule of TRIGGER_RULES) {
    describe(`trigger ${rule.id} (${rule.type})`, () => {
      it('has a reason, examples and counter-examples', () => {
        assert.ok(rule.reason.length > 0 && rule.examples.length > 0 && rule.counterExamples.length > 0);
        assert.ok(rule.pattern.flags.includes('g'), 'patterns are global');
      });
      for (const ex of rule.examples) {
        it(`finds: ${ex.text.slice(0, 70)}`, () => {
          const problem = mismatch(eventsOf(ex), { type: rule.type, ...ex }, rule.id);
          assert.equal(problem, null, problem ?? '');
        });
      }
      for (const counter of rule.counterExamples) {
        it(`does not fire on: ${counter.slice(0, 70)}`, () => {
          const fired = eventsOf({ text: counter }).filter((e) => e.rule === rule.id);
          assert.deepEqual(fired.map((e) => `${e.source?.text ?? '∅'} → ${e.target?.text ?? '∅'}`), []);
        });
      }
    });
  }

  for (const list of [...WORD_LISTS, ...NEGATION_CUES, ...MODALITY_CUES, ...SPEECH_CUES, ...CLAUSE_BOUNDARIES, PARENTHETICAL]) {
    describe(`${list.id}`, () => {
      it('has a reason and examples', () => assert.ok(list.reason.length > 0 && list.examples.length > 0));
      for (const ex of list.examples) {
        it(`example: ${ex.text.slice(0, 70)}`, () => {
          const problem = mismatch(eventsOf(ex), ex);
          assert.equal(problem, null, problem ?? '');
        });
      }
      for (const ex of list.counterExamples) {
        if (typeof ex === 'string') continue;
        it(`counter-example keeps its reading: ${ex.text.slice(0, 60)}`, () => {
          const problem = mismatch(eventsOf(ex), ex);
          assert.equal(problem, null, problem ?? '');
        });
      }
    });
  }
});
