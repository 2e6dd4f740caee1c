import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { EventMention } from '../../model/event.js';
import { eventsOf, mismatch } from './run-example.js';
import type { TriggerExample } from './rules/trigger-rule.js';
import { exampleDoc } from './mentions-fixture.js';
import { events as eventsStage } from './index.js';

/** [case, example with its expectation]: negation, modality, reciprocal talks, dates. */
const CASES: [string, TriggerExample][] = [
  ['negation: did not sign', { text: '[Ukraine] did not sign the agreement with [the United States].', type: 'AGREE', negated: true, modality: 'asserted' }],
  ['negation: was not invited', { text: '[Ukraine] was not invited to talks between [the US] and [Russia].', type: 'CONSULT', source: 'the US', target: 'Ukraine', negated: true, modality: 'asserted' }],
  ['negation: no signing', { text: '[An official] said there would be no signing of the agreement on Saturday.', type: 'AGREE', source: 'An official', negated: true, modality: 'asserted' }],
  ['negation: the talks themselves still happened', { text: '[Ukraine] was not invited to talks between [the US] and [Russia].', type: 'CONSULT', source: 'the US', target: 'Russia', negated: false, modality: 'asserted' }],
  ['modality: planned visit', { text: '[Witkoff] will travel to [Saudi Arabia] this week.', type: 'CONSULT', modality: 'planned' }],
  ['modality: scheduled meeting', { text: '[Obama] is scheduled to meet [Putin] in Zurich.', type: 'CONSULT', modality: 'planned' }],
  ['modality: conditional refusal', { text: '[Zelensky] would never accept decisions made by [the U.S.]', type: 'AGREE', negated: true, modality: 'hypothetical' }],
  ['modality: question', { text: 'Will [the U.S.] offer [Ukraine] security guarantees?', type: 'AGREE', modality: 'hypothetical' }],
  ['modality: demanded signature', { text: '[Trump] has pushed hard for [Ukraine] to sign an agreement with [the U.S.]', type: 'AGREE', modality: 'demanded' }],
  ['modality: the demand itself is asserted', { text: '[Trump] has pushed hard for [Ukraine] to sign an agreement with [the U.S.]', type: 'REQUEST', source: 'Trump', target: 'Ukraine', modality: 'asserted' }],
  ['modality: a future date makes a plan', { text: '[Kellogg] meets [Zelensky] next Tuesday.', published: '2025-02-20', type: 'CONSULT', modality: 'planned', date: '2025-02-25' }],
  ['reciprocal: X and Y met', { text: '[Kellogg] and [Zelensky] met in Kyiv.', type: 'CONSULT', source: 'Kellogg', target: 'Zelensky' }],
  ['reciprocal: talks between', { text: 'Talks between [Israel] and [Hamas] resumed in Cairo.', type: 'CONSULT', source: 'Israel', target: 'Hamas' }],
  ['reciprocal: a joint delegation', { text: '[American and Ukrainian officials] met on Friday.', type: 'CONSULT', source: 'American', target: 'Ukrainian' }],
  ['date: weekday before publication', { text: '[Zelensky] met [Kellogg] on Thursday.', published: '2025-02-22', type: 'CONSULT', date: '2025-02-20' }],
  ['date: across a month boundary', { text: '[Zelensky] met [Kellogg] on Friday.', published: '2025-03-03', type: 'CONSULT', date: '2025-02-28' }],
  ['date: across a year boundary', { text: '[Zelensky] met [Kellogg] on Tuesday.', published: '2025-01-02', type: 'CONSULT', date: '2024-12-31' }],
  ['date: never the publication date by default', { text: '[Zelensky] met [Kellogg] in Kyiv.', published: '2025-02-22', type: 'CONSULT', date: null }],
  ['date: a week gives no day', { text: '[Zelensky] met [Kellogg] last week.', published: '2025-02-22', type: 'CONSULT', date: null }],
  ['date: unknown publication leaves weekdays undated', { text: '[Zelensky] met [Kellogg] on Thursday.', type: 'CONSULT', date: null }],
  ['date: each clause its own day', { text: '[Trump] responded Tuesday with allegations that [Zelensky] started the war, with [the Ukrainian leader] responding Wednesday that [the U.S. president] was living in a “web of disinformation.”', published: '2025-02-20', type: 'ACCUSE', source: 'Trump', date: '2025-02-18' }],
  ['date: each clause its own day (2)', { text: '[Trump] responded Tuesday with allegations that [Zelensky] started the war, with [the Ukrainian leader] responding Wednesday that [the U.S. president] was living in a “web of disinformation.”', published: '2025-02-20', type: 'ACCUSE', source: 'the Ukrainian leader', date: '2025-02-19' }],
  ['date: the main verb keeps the date of its participle', { text: '[Vance] criticized [Zelensky]’s retort to [Trump], telling the Daily Mail on Wednesday that it was atrocious.', published: '2025-02-20', type: 'ACCUSE', source: 'Vance', date: '2025-02-19' }],
  ['date: a coordinated clause keeps its own date', { text: '[He] has spoken to his counterparts in [France] and will be hosting them next week.', published: '2025-02-20', type: 'CONSULT', modality: 'asserted', date: null }],
];

describe('events: negation, modality, reciprocal talks and dates', () => {
  for (const [name, ex] of CASES) {
    it(name, () => {
      const problem = mismatch(eventsOf(ex), ex);
      assert.equal(problem, null, problem ?? '');
    });
  }

  it('every event matches the schema and its spans are slices of the text', () => {
    for (const [, ex] of CASES) {
      const doc = exampleDoc(ex.text, ex.published ?? null);
      for (const e of eventsOf(ex)) {
        assert.ok(EventMention.safeParse(e).success);
        assert.equal(doc.text.slice(e.triggerStart, e.triggerEnd), e.trigger);
        assert.ok(e.start <= e.triggerStart && e.end >= e.triggerEnd);
        for (const arg of [e.source, e.target]) if (arg) assert.equal(doc.text.slice(arg.start, arg.end), arg.text);
        if (e.dateMention) assert.equal(doc.text.slice(e.dateMention.start, e.dateMention.end), e.dateMention.text);
      }
    }
  });

  it('ids are deterministic', () => {
    const ex = CASES[0]?.[1];
    assert.ok(ex);
    assert.deepEqual(eventsOf(ex).map((e) => e.id), eventsOf(ex).map((e) => e.id));
  });

  it('the stage declares its inputs and assigns events', () => {
    assert.deepEqual([...eventsStage.requires], ['article', 'sentences', 'mentions', 'dates']);
    assert.deepEqual([...eventsStage.assigns], ['events']);
    const doc = exampleDoc('[Zelensky] met [Kellogg] on Thursday.', '2025-02-21');
    const out = eventsStage.run({ article: doc.article, sentences: doc.sentences, mentions: doc.mentions, tokens: [], dates: doc.dates });
    assert.equal(out.events?.[0]?.date, '2025-02-20');
  });

  it('a sentence without parties yields nothing', () => {
    assert.deepEqual(eventsOf({ text: 'The talks resumed and officials met again.' }), []);
  });
});
