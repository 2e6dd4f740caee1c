import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { builtInArticles } from './built-in-articles.js';
import { toExportArticle } from '../analysis/export-model.js';
import { builtInGold } from '../cli/paths.js';
import type { ExportArticle } from '../model/export.js';
import { loadGold } from './gold.js';
import { scoreFront, type FrontScores, type Ratio } from './score-front.js';
import { frontFloors } from './floors.js';

const share = (r: Ratio): number => (r.total === 0 ? 1 : r.hit / r.total);

describe('front half on the built-in gold stays above its pinned floors', () => {
  let scores: FrontScores;
  let articles: ExportArticle[];
  before(async () => {
    articles = (await builtInArticles()).map(toExportArticle);
    scores = scoreFront(articles, loadGold(builtInGold));
  });

  it('finds the 11 articles of the five pages and no others', () => {
    assert.equal(articles.length, 11, scores.misses.join('\n'));
    assert.ok(share(scores.segmentation.recall) >= frontFloors.segmentationRecall, scores.misses.join('\n'));
    assert.ok(share(scores.segmentation.precision) >= frontFloors.segmentationPrecision);
  });
  it('removes the furniture and keeps the body', () => {
    assert.ok(share(scores.furnitureRemoved) >= frontFloors.furnitureRemoved, scores.misses.filter((m) => m.includes('furniture')).join('\n'));
    assert.ok(share(scores.bodyKept) >= frontFloors.bodyKept, scores.misses.filter((m) => m.includes('body lost')).join('\n'));
  });
  it('names the outlet where printed and leaves it unknown where not', () => {
    assert.ok(share(scores.outletPrinted) >= frontFloors.outletPrinted, scores.misses.filter((m) => m.includes('outlet')).join('\n'));
    assert.ok(share(scores.outletUnknownKept) >= frontFloors.outletUnknownKept);
  });
  it('dates articles: printed right, inferred close, each with its evidence', () => {
    assert.ok(share(scores.publishedPrinted) >= frontFloors.publishedPrinted);
    assert.ok(share(scores.publishedInferredWithinOneDay) >= frontFloors.publishedInferredWithinOneDay, scores.misses.filter((m) => m.includes('published')).join('\n'));
    assert.ok((scores.publishedInferredMaxDaysOff ?? 0) <= frontFloors.publishedInferredMaxDaysOff);
    assert.ok(share(scores.publishedWithEvidence) >= frontFloors.publishedWithEvidence);
  });
  it('no article comes out empty', () => {
    for (const a of articles) assert.ok(a.text.length > 0, `${a.source}#${a.segment} is empty`);
  });
});
