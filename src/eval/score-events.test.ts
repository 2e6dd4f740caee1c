import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Event } from '../model/event.js';
import type { ExportArticle } from '../model/export.js';
import { GoldFile } from './gold.js';
import { scoreEvents } from './score-events.js';
import { normaliseName as nameKey } from './names.js';

const article: ExportArticle = {
  id: 'a1', source: '/corpus/page.txt', outlet: null, title: null, url: null, byline: null, published: '2025-02-20', publishedBasis: 'given',
  publishedNote: null, text: 'Zelensky met Trump.', duplicateOf: null, derivedFrom: null, segment: 0, removed: [],
};
const actors = [
  { id: 'z', name: 'Volodymyr Zelenskyy', aliases: ['Zelenskyy'] },
  { id: 't', name: 'Donald Trump', aliases: ['Trump'] },
  { id: 'u', name: 'Ukraine', aliases: ['Kyiv'] },
];

let n = 0;
function ev(over: Partial<Event>): Event {
  n += 1;
  return {
    id: `e${n}`, article: 'a1', type: 'CONSULT', source: 'z', target: 't', date: null, negated: false, modality: 'asserted',
    start: 0, end: 1, trigger: 'met', triggerStart: 0, triggerEnd: 1, rule: 'r', mode: null, cameo: null, intensity: null,
    reciprocal: false, location: null, dateText: null, dateBasis: null, dateFrom: null, dateTo: null, sourceText: null, targetText: null,
    why: [], confidence: 0.7, ...over,
  };
}

function gold(events: object[]): GoldFile {
  return GoldFile.parse({
    file: 'page.txt', articles: [], boilerplate: [], events,
    actors: [{ name: 'Volodymyr Zelensky', aliases: ['Zelensky', 'Zelenskyy'] }, { name: 'Donald Trump', aliases: ['Trump'] }, { name: 'Ukraine', aliases: ['Kyiv'] }],
  });
}
const g = (source: string, type: string, target: string, date: string | null = null, negated = false): object => ({ source, type, target, date, negated, evidence: 'x' });

describe('scoreEvents', () => {
  it('names match on any alias, ignoring case and diacritics', () => {
    assert.equal(nameKey('Zelénskyy'), nameKey('zelenskyy'));
    const s = scoreEvents({ articles: [article], actors, events: [ev({})] }, [gold([g('Volodymyr Zelensky', 'CONSULT', 'Donald Trump')])]);
    assert.deepEqual([s.tp, s.fp, s.fn, s.f1], [1, 0, 0, 1]);
  });

  it('pairs one to one: a repeated system act counts once, a second gold act is missed', () => {
    const s = scoreEvents({ articles: [article], actors, events: [ev({}), ev({})] },
      [gold([g('Volodymyr Zelensky', 'CONSULT', 'Donald Trump'), g('Volodymyr Zelensky', 'CONSULT', 'Donald Trump', '2025-02-12')])]);
    assert.deepEqual([s.tp, s.fp, s.fn], [1, 0, 1]);
  });

  it('a reciprocal act matches in either direction; a directed one does not', () => {
    const goldFile = gold([g('Donald Trump', 'CONSULT', 'Volodymyr Zelensky')]);
    assert.equal(scoreEvents({ articles: [article], actors, events: [ev({ reciprocal: true })] }, [goldFile]).tp, 1);
    assert.equal(scoreEvents({ articles: [article], actors, events: [ev({})] }, [goldFile]).tp, 0);
  });

  it('date accuracy: within one day over matched events with a gold date', () => {
    const s = scoreEvents({ articles: [article], actors, events: [ev({ date: '2025-02-13' }), ev({ type: 'ACCUSE', date: '2025-02-15' })] },
      [gold([g('Volodymyr Zelensky', 'CONSULT', 'Donald Trump', '2025-02-12'), g('Volodymyr Zelensky', 'ACCUSE', 'Donald Trump', '2025-02-12')])]);
    assert.deepEqual([s.tp, s.date.hit, s.date.total], [2, 1, 2]);
    assert.ok(s.strictF1 < s.f1);
  });

  it('only asserted, linked events are scored; planned ones and unlinked ones are not', () => {
    const s = scoreEvents({ articles: [article], actors, events: [ev({ modality: 'planned' }), ev({ target: null })] }, [gold([g('Volodymyr Zelensky', 'CONSULT', 'Donald Trump')])]);
    assert.deepEqual([s.tp, s.fp, s.fn, s.unlinked], [0, 0, 1, 1]);
  });

  it('negation is reported over matched pairs', () => {
    const s = scoreEvents({ articles: [article], actors, events: [ev({ negated: true })] }, [gold([g('Volodymyr Zelensky', 'CONSULT', 'Donald Trump', null, true)])]);
    assert.deepEqual([s.negation.hit, s.negation.total], [1, 1]);
  });
});
