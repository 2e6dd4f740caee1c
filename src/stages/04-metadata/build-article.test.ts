import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { contentId } from '../../pipeline/ids.js';
import { checkPipeline } from '../../pipeline/run-pipeline.js';
import type { PageDoc } from '../../pipeline/page-doc.js';
import { buildArticle } from './build-article.js';
import { metadata } from './index.js';
import { pageDoc, type PageSpec } from './metadata-fixtures.js';

const SPEC: PageSpec = {
  lines: [
    ['masthead', 'Axios'],
    ['title', 'Zelenskiy needs to come back to the table'],
    'WASHINGTON (Reuters) – Waltz said on Thursday that Kyiv must return to the table.',
    '',
    ['caption', 'Zelensky at a press conference on Feb. 15, 2025 in Munich. Photo: Getty Images'],
    'Zelenskiy on Wednesday rejected the demand.',
    ['credit', '(Reporting by Jeff Mason; Editing by Chris Reese)'],
  ],
  titleLines: [1],
};

describe('buildArticle', () => {
  const doc = pageDoc(SPEC);
  const segment = doc.segments?.[0];
  assert.ok(segment);
  const article = buildArticle(doc, segment, 0);

  it('keeps the body lines as the text and hashes it for the id', () => {
    assert.equal(article.text, 'WASHINGTON (Reuters) – Waltz said on Thursday that Kyiv must return to the table.\n\nZelenskiy on Wednesday rejected the demand.');
    assert.equal(article.id, contentId('art', article.text));
  });
  it('lists the furniture it dropped, with kind and rule, but not the title or blank lines', () => {
    assert.deepEqual(article.removed.map((r) => r.kind), ['masthead', 'caption', 'credit']);
    assert.ok(article.removed.every((r) => r.rule !== null));
  });
  it('fills every field with its evidence', () => {
    assert.equal(article.outlet, 'Reuters');
    assert.equal(article.title, 'Zelenskiy needs to come back to the table');
    assert.equal(article.byline, 'Jeff Mason');
    assert.equal(article.published, '2025-02-20');
    assert.equal(article.publishedBasis, 'inferred');
    for (const e of Object.values(article.evidence)) assert.ok(e && e.rule.length > 0);
  });
  it('covers the segment’s lines in Page.text', () => {
    assert.equal(article.pageStart, 0);
    assert.equal(article.pageEnd, doc.page.text.length);
    assert.equal(article.source, 'test.txt');
    assert.equal(article.pageId, 'page_test');
  });
  it('gives the same article the same id wherever it is found', () => {
    const other = pageDoc({ ...SPEC, lines: [['navigation', 'Search'], ...SPEC.lines.slice(1)], titleLines: [1] });
    const again = buildArticle(other, other.segments![0]!, 0);
    assert.equal(again.id, article.id);
  });
});

describe('the metadata stage', () => {
  it('declares what it needs and what it makes', () => {
    assert.deepEqual([...metadata.requires], ['page', 'lines', 'segments']);
    assert.deepEqual([...metadata.assigns], ['articles']);
    assert.throws(() => checkPipeline([metadata], ['page']), /E_STAGE_REQUIRES/);
    assert.doesNotThrow(() => checkPipeline([metadata], ['page', 'lines', 'segments']));
  });
  it('makes one article per segment, in page order', () => {
    const doc: PageDoc = pageDoc({
      lines: ['WASHINGTON (Reuters) – Waltz said on Thursday.', 'ANKARA (Reuters) - Zelenskiy said on Wednesday.', 'A third piece.'],
      segments: [[0, 1], [1, 2], [2, 3]],
    });
    const out = metadata.run(doc);
    assert.deepEqual(out.articles?.map((a) => a.segment), [0, 1, 2]);
    assert.deepEqual(out.articles?.map((a) => a.outlet), ['Reuters', 'Reuters', null]);
  });
});
