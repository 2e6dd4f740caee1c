import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { findQuotes } from '../find-quotes.js';
import { PATTERNS } from './attribution-patterns.js';
import { ABBREVIATIONS } from './abbreviations.js';
import { NESTED_PARAPHRASE, SCARE_QUOTE, WORK_TITLE } from './block-rules.js';
import { DATE_RULES } from './date-rules.js';
import { BETWEEN_SPEAKER_AND_CUE, CLAUSE_STARTERS, CONTENT_STOPS, FINITE_MARKERS, NOMINALISATIONS, TIME_WORDS } from './frame-words.js';
import { MEDIUM_RULES } from './medium-rules.js';
import { QUOTE_MARKS } from './quote-marks.js';
import type { BlockRule, QuoteExample, QuoteRule } from './quote-rule.js';
import { GENERIC_HEAD, HONORIFICS, PRONOUNS, SOURCE_COMPLEMENTS, SOURCE_HEADS, SPEAKER_MODIFIERS, TITLE_RANKS, TITLE_SYNONYMS } from './speaker-words.js';
import { ACCORDING_TO, CITING, SPEECH_CUES } from './speech-cues.js';
import { PRONOUN_BACK_REFERENCE, SOURCE_BACK_REFERENCE, TITLE_BACK_REFERENCE } from './reference-rules.js';

/** Every rule whose examples must yield a quote carrying its id in `why` (or, for frame words, just the quote). */
const quoteRules: Record<string, readonly QuoteRule[]> = {
  quoteMarks: QUOTE_MARKS,
  speechCues: [...SPEECH_CUES, ACCORDING_TO, CITING],
  patterns: PATTERNS,
  speakerWords: [SOURCE_HEADS, SOURCE_COMPLEMENTS, SPEAKER_MODIFIERS, HONORIFICS, PRONOUNS, TITLE_RANKS, TITLE_SYNONYMS, GENERIC_HEAD],
  references: [SOURCE_BACK_REFERENCE, PRONOUN_BACK_REFERENCE, TITLE_BACK_REFERENCE],
  frameWords: [BETWEEN_SPEAKER_AND_CUE, TIME_WORDS, CLAUSE_STARTERS, CONTENT_STOPS, NOMINALISATIONS, FINITE_MARKERS, ABBREVIATIONS],
};
/** Rules whose id a quote records in `why`: their counter-examples must yield no quote carrying it (the others: no quote at all). */
const RECORDED = new Set(['quoteMarks', 'speechCues', 'patterns', 'references']);

function assertExample(ex: QuoteExample, id: string, recorded: boolean): void {
  const quotes = findQuotes(ex.text, { published: '2025-02-20' });
  const found = quotes.find((q) => q.text === ex.quote && q.kind === ex.kind);
  assert.ok(found, `no ${ex.kind} quote ${JSON.stringify(ex.quote)}; got ${JSON.stringify(quotes.map((q) => [q.kind, q.text]))}`);
  if (ex.speaker !== undefined) {
    const sp = found.attribution.speaker;
    const said = [sp.text, ex.text.slice(sp.phraseStart, sp.phraseEnd)];
    assert.ok(said.includes(ex.speaker), `speaker ${JSON.stringify(said)}, expected ${JSON.stringify(ex.speaker)}`);
  }
  if (recorded) assert.ok(found.why.includes(id), `quote does not record ${id}: ${found.why.join(', ')}`);
}

describe('quote rules: every example yields its quote, every counter-example does not fire', () => {
  for (const [set, rules] of Object.entries(quoteRules)) {
    for (const rule of rules) {
      describe(`${set} / ${rule.id}`, () => {
        it('has a reason and examples', () => {
          assert.ok(rule.reason.length > 10);
          assert.ok(rule.examples.length > 0);
        });
        for (const ex of rule.examples) it(`fires on: ${ex.text.slice(0, 70)}`, () => assertExample(ex, rule.id, RECORDED.has(set)));
        for (const text of rule.counterExamples) {
          // A rule quotes record must not fire; a word list that quotes do not record must make no quote at all.
          it(`does not fire on: ${text.slice(0, 70)}`, () => {
            const hits = findQuotes(text).filter((q) => !RECORDED.has(set) || q.why.includes(rule.id));
            assert.deepEqual(hits.map((q) => q.text), []);
          });
        }
      });
    }
  }

  const blockRules: readonly BlockRule[] = [WORK_TITLE, SCARE_QUOTE, NESTED_PARAPHRASE];
  for (const rule of blockRules) {
    describe(`block / ${rule.id}`, () => {
      for (const ex of rule.examples) {
        it(`blocks "${ex.blocked}" in: ${ex.text.slice(0, 60)}`, () => {
          const trace = new Set<string>();
          const quotes = findQuotes(ex.text, { trace });
          assert.ok(trace.has(rule.id), `${rule.id} did not fire`);
          assert.equal(quotes.some((q) => q.kind === 'direct' && q.text.replace(/,$/u, '') === ex.blocked.replace(/,$/u, '')), false);
        });
      }
      for (const ex of rule.counterExamples) it(`keeps "${ex.quote}" in: ${ex.text.slice(0, 60)}`, () => assertExample(ex, rule.id, false));
    });
  }

  for (const rule of MEDIUM_RULES) {
    describe(`medium / ${rule.id}`, () => {
      for (const ex of rule.examples) {
        it(`reads "${ex.medium}"`, () => {
          const quotes = findQuotes(ex.text);
          assert.ok(quotes.some((q) => q.attribution.medium?.text === ex.medium && q.why.includes(rule.id)), JSON.stringify(quotes.map((q) => q.attribution.medium)));
        });
      }
      for (const text of rule.counterExamples) it(`reads no medium in: ${text.slice(0, 60)}`, () => assert.equal(findQuotes(text).some((q) => q.why.includes(rule.id)), false));
    });
  }

  for (const rule of DATE_RULES) {
    describe(`date / ${rule.id}`, () => {
      for (const ex of rule.examples) {
        it(`dates ${ex.date}: ${ex.text.slice(0, 50)}`, () => {
          const quotes = findQuotes(ex.text, { published: ex.published });
          assert.ok(quotes.some((q) => q.attribution.date?.date === ex.date), JSON.stringify(quotes.map((q) => q.attribution.date)));
        });
      }
      for (const text of rule.counterExamples) it(`dates nothing in: ${text.slice(0, 60)}`, () => assert.equal(findQuotes(text, { published: '2025-02-20' }).some((q) => q.why.includes(rule.id)), false));
    });
  }

  it('rule ids are unique', () => {
    const ids = [...Object.values(quoteRules).flat(), WORK_TITLE, SCARE_QUOTE, NESTED_PARAPHRASE, ...MEDIUM_RULES, ...DATE_RULES].map((r) => r.id);
    assert.deepEqual(ids.filter((id, i) => ids.indexOf(id) !== i), []);
  });
});
