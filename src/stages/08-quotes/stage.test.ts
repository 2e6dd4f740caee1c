import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Quote } from '../../model/quote.js';
import { checkPipeline } from '../../pipeline/run-pipeline.js';
import { quotes } from './index.js';
import { corpusArticles } from './corpus-fixture.js';

describe('the quotes stage', () => {
  const articles = corpusArticles();
  const runs = articles.map((article) => ({ article, quotes: quotes.run({ article, mentions: [] }).quotes ?? [] }));

  it('declares what it reads and writes', () => {
    assert.equal(quotes.name, 'quotes');
    assert.deepEqual(quotes.assigns, ['quotes']);
    checkPipeline([quotes], ['article', 'mentions']);
    assert.throws(() => checkPipeline([quotes], ['article']), /E_STAGE_REQUIRES/);
  });
  it('every quote fits the schema', () => {
    for (const r of runs) for (const q of r.quotes) Quote.parse(q);
  });
  it('every quote and speaker span is the text it claims', () => {
    for (const { article, quotes: qs } of runs) {
      for (const q of qs) {
        assert.equal(article.text.slice(q.start, q.end), q.text);
        if (q.speakerStart !== null && q.speakerEnd !== null) assert.equal(article.text.slice(q.speakerStart, q.speakerEnd), q.speakerText);
        if (q.mediumStart !== null && q.mediumEnd !== null) assert.equal(article.text.slice(q.mediumStart, q.mediumEnd), q.medium);
        if (q.cueStart !== null && q.cueEnd !== null) assert.ok(q.cueEnd > q.cueStart);
      }
    }
  });
  it('ids are stable and unique within an article', () => {
    const again = articles.map((article) => quotes.run({ article, mentions: [] }).quotes ?? []);
    assert.deepEqual(again.flat().map((q) => q.id), runs.flatMap((r) => r.quotes.map((q) => q.id)));
    for (const r of runs) assert.equal(new Set(r.quotes.map((q) => q.id)).size, r.quotes.length);
  });
  it('every quote records why: stage, version, pattern and confidence', () => {
    for (const r of runs) {
      for (const q of r.quotes) {
        assert.equal(q.stage, 'quotes');
        assert.ok(q.why.includes(q.rule));
        assert.ok(q.confidence > 0 && q.confidence <= 1);
      }
    }
  });
  it('dates a weekday against the publication date', () => {
    const q = runs.flatMap((r) => r.quotes).find((x) => x.text.startsWith('He came back empty'));
    assert.equal(q?.date, '2025-02-19');
    assert.equal(q?.dateText, 'Wednesday');
  });
  it('reads the medium the text names', () => {
    const all = runs.flatMap((r) => r.quotes);
    assert.equal(all.find((x) => x.text === 'I wanted this deal done already')?.medium, 'Fox News Radio interview');
    assert.equal(all.find((x) => x.text.startsWith('Russia has to get moving'))?.medium, 'Truth Social');
  });
});
