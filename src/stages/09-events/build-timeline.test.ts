import { describe, it, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Event } from '../../model/event.js';
import { buildTimeline } from './build-timeline.js';

let n = 0;
function ev(over: Partial<Event>): Event {
  n += 1;
  return {
    id: `e${n}`, article: 'a1', type: 'CONSULT', source: 'trump', target: 'zelensky', date: null, negated: false, modality: 'asserted',
    start: 0, end: 1, trigger: 'met', triggerStart: 0, triggerEnd: 1, rule: 'consult-meet', mode: null, cameo: '040', intensity: 2.5,
    reciprocal: false, location: null, dateText: null, dateBasis: null, dateFrom: null, dateTo: null, sourceText: null, targetText: null,
    why: [], confidence: 0.7, ...over,
  };
}

describe('buildTimeline merges the same act across articles, in date order', () => {
  it('same actors, type and date from two articles: one entry with both sources', () => {
    const t = buildTimeline([ev({ article: 'a1', date: '2025-02-12' }), ev({ article: 'a2', date: '2025-02-12' })]);
    assert.equal(t.length, 1);
    assert.deepEqual(t[0]?.articles, ['a1', 'a2']);
  });

  it('distinct days stay distinct acts, sorted by date, undated last', () => {
    const t = buildTimeline([ev({ type: 'ACCUSE', date: '2025-02-19' }), ev({ type: 'ACCUSE', date: '2025-02-18' }), ev({ type: 'REQUEST' })]);
    assert.deepEqual(t.map((x) => [x.type, x.date]), [['ACCUSE', '2025-02-18'], ['ACCUSE', '2025-02-19'], ['REQUEST', null]]);
  });

  it('a meeting reported from either side is one act; a direction from one report fixes it', () => {
    const t = buildTimeline([ev({ source: 'zelensky', target: 'trump', reciprocal: true, date: '2025-02-12' }), ev({ date: '2025-02-12' })]);
    assert.equal(t.length, 1);
    assert.deepEqual([t[0]?.source, t[0]?.target, t[0]?.reciprocal], ['trump', 'zelensky', false]);
  });

  it('directed acts in opposite directions stay apart', () => {
    const t = buildTimeline([ev({ type: 'ACCUSE' }), ev({ type: 'ACCUSE', source: 'zelensky', target: 'trump' })]);
    assert.equal(t.length, 2);
  });

  it('an undated report joins the dated act its week holds, or the only dated one', () => {
    const inWeek = buildTimeline([ev({ date: '2025-02-12' }), ev({ dateFrom: '2025-02-10', dateTo: '2025-02-16' })]);
    assert.equal(inWeek.length, 1);
    const outsideWeek = buildTimeline([ev({ date: '2025-02-19' }), ev({ dateFrom: '2025-02-10', dateTo: '2025-02-16' })]);
    assert.equal(outsideWeek.length, 2);
    const noDateWords = buildTimeline([ev({ date: '2025-02-19' }), ev({})]);
    assert.equal(noDateWords.length, 1);
    const ambiguous = buildTimeline([ev({ date: '2025-02-18' }), ev({ date: '2025-02-19' }), ev({})]);
    assert.equal(ambiguous.length, 3);
  });

  it('negated, planned and asserted acts never merge', () => {
    const t = buildTimeline([ev({}), ev({ negated: true }), ev({ modality: 'planned' })]);
    assert.equal(t.length, 3);
  });

  it('entry ids are deterministic', () => {
    const events = [ev({ date: '2025-02-12' }), ev({ type: 'ACCUSE' })];
    assert.deepEqual(buildTimeline(events).map((x) => x.id), buildTimeline(events).map((x) => x.id));
  });
});

test('an undated act never joins an entry dated after its article was published', () => {
  const april = ev({ article: 'a1', date: '2025-04-11' });
  const february = ev({ article: 'a2', date: null });
  const published = new Map([['a1', '2025-04-11'], ['a2', '2025-02-20']]);
  const timeline = buildTimeline([april, february], (a) => published.get(a) ?? null);
  assert.equal(timeline.length, 2);
  assert.deepEqual(timeline.map((t) => t.articles), [['a1'], ['a2']]);
  assert.equal(buildTimeline([april, february]).length, 1);
});
