import { builtInArticles } from '../../eval/built-in-articles.js';
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildModel, type DealModel } from '../../analysis/build-model.js';
import type { Article } from '../../model/article.js';
import type { Deal } from '../../model/deal.js';
import { loadGold } from '../../eval/gold.js';
import { scoreDeal, type DealScores } from '../../eval/score-deal.js';
import { buildDeal } from './index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/** The brief's targets on the built-in gold. */
const TARGETS = { issueRecall: 0.8, positionF1: 0.6, draftsInOrderWithReception: 3 } as const;
/**
 * Floors pinned a little below the first full run (issues 10/10 distinct, 24/28 per file;
 * position micro F1 0.81; drafts 7/7 found, 6 receptions right, 4 in order with reception — the two
 * undated "current draft" pages cannot be placed before April, so they sort last;
 * outlook 5/5), so a change elsewhere shows up as a failing number. Raise them; lower one
 * only with a note saying why.
 */
const FLOORS = { issueRecall: 0.9, issueRecallPerFile: 0.8, positionF1: 0.75, draftsFound: 6, draftsInOrderWithReception: 4 } as const;

const corpusArticles = (): Promise<Article[]> => builtInArticles(join(root, 'corpus', 'minerals-deal'));

const ratio = (r: { found: number; total: number }): number => r.found / Math.max(1, r.total);

describe('deal model on the minerals-deal gold (readInputs → processPage → buildModel → buildDeal)', () => {
  let model: DealModel;
  let deal: Deal;
  let s: DealScores;
  before(async () => {
    model = buildModel(await corpusArticles());
    deal = buildDeal(model);
    s = scoreDeal({ articles: model.articles, actors: model.actors, issues: deal.issues, positions: deal.positions, drafts: deal.drafts, outlook: deal.outlook }, loadGold(join(root, 'gold', 'minerals-deal')));
  });
  const show = (): string => JSON.stringify({ issues: s.issueRecall, perFile: s.issueRecallPerFile, positions: s.positions, files: s.files.map((f) => [f.file, f.positions.f1.toFixed(2), f.positions.missed, f.positions.extra]) });

  it(`finds the gold issues (recall ≥ ${FLOORS.issueRecall} over distinct names, ≥ ${FLOORS.issueRecallPerFile} per file; target ${TARGETS.issueRecall})`, () => {
    assert.ok(ratio(s.issueRecall) >= Math.max(TARGETS.issueRecall, FLOORS.issueRecall), show());
    assert.ok(ratio(s.issueRecallPerFile) >= Math.max(TARGETS.issueRecall, FLOORS.issueRecallPerFile), show());
  });
  it(`reads positions (party, issue, stance) with micro F1 ≥ ${FLOORS.positionF1} (target ${TARGETS.positionF1})`, () => {
    assert.ok(s.positions.microF1 >= Math.max(TARGETS.positionF1, FLOORS.positionF1), show());
  });
  it(`finds the drafts in order with their reception (≥ ${FLOORS.draftsInOrderWithReception}; target ${TARGETS.draftsInOrderWithReception})`, () => {
    assert.ok(s.drafts.found >= FLOORS.draftsFound, JSON.stringify(s.drafts));
    assert.ok(s.drafts.inOrderWithReception >= Math.max(TARGETS.draftsInOrderWithReception, FLOORS.draftsInOrderWithReception), JSON.stringify(s.drafts));
  });
  it('gets the outlook sign right on every page (page 002: the mean of its seven articles)', () => {
    assert.equal(s.outlook.signRight, s.outlook.total, JSON.stringify(s.files.map((f) => f.outlook)));
    assert.equal(s.outlook.total, 5);
  });
  it('gives every stored span the text it points to', () => {
    const byId = new Map(model.articles.map((a) => [a.id, a]));
    const spans = [
      ...deal.issues.flatMap((i) => i.mentions),
      ...deal.positions.flatMap((p) => [{ article: p.article, start: p.start, end: p.end, text: p.evidence }, p.cue, p.issueSpan, ...(p.holder ? [p.holder] : [])]),
      ...deal.drafts.flatMap((d) => [...d.mentions.flatMap((m) => [m.span, m.evidence, ...(m.authorSpan ? [m.authorSpan] : []), ...(m.receptionSpan ? [m.receptionSpan] : [])]), ...d.terms.map((t) => t.span)]),
    ];
    assert.ok(spans.length > 100);
    for (const x of spans) assert.equal(byId.get(x.article)?.text.slice(x.start, x.end), x.text);
    for (const p of deal.outlook.flatMap((o) => o.spans)) {
      const a = byId.get(p.article);
      assert.equal((p.field === 'title' ? a?.title : a?.text)?.slice(p.start, p.end), p.text);
    }
  });
  it('as of 2025-02-19, uses only what was published by then and leaves the undated pages out', () => {
    const early = buildDeal(model, { asOf: '2025-02-19' });
    const published = new Map(model.articles.map((a) => [a.id, a.published]));
    assert.ok(early.articles.length > 0 && early.articles.every((id) => (published.get(id) ?? '9999') <= '2025-02-19'));
    assert.equal(early.articles.length + early.excluded.length, model.articles.length);
    assert.ok(early.notes.some((n) => /undated articles? left out/u.test(n)));
    assert.ok(early.drafts.every((d) => d.articles.every((a) => early.articles.includes(a))));
  });
});
