import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Stage } from '../../pipeline/define-stage.js';
import { checkPipeline, runStages } from '../../pipeline/run-pipeline.js';
import { dates } from '../05-dates/index.js';
import { language, plainArticle } from '../06-language/index.js';
import { events, type EventsDoc } from './index.js';

describe('stages 05 and 09 in a pipeline', () => {
  const stages: Stage<EventsDoc>[] = [language, dates, events];

  it('declare what they need: events after language and dates', () => {
    assert.doesNotThrow(() => checkPipeline(stages, ['article']));
    assert.throws(() => checkPipeline([language, events], ['article']), /requires 'dates'/u);
  });

  it('run end to end on one article, dating the event from its own clause', () => {
    const article = { ...plainArticle('Ukrainian President Volodymyr Zelensky met on Thursday in Kyiv with U.S. envoy Keith Kellogg.'), published: '2025-02-21' };
    const { doc, failure } = runStages(stages, { article });
    assert.equal(failure, null);
    const consult = doc.events?.find((e) => e.type === 'CONSULT');
    assert.ok(consult, JSON.stringify(doc.events));
    assert.equal(consult.date, '2025-02-20');
    assert.equal(consult.dateMention?.basis, 'Thursday on or before publication 2025-02-21');
  });
});
