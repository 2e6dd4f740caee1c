import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import type { DealModel } from '../analysis/build-model.js';
import { CrossCheck } from '../model/claim.js';
import { applyRelations, relateSources } from '../stages/05-relate/index.js';
import { GOLD_DIR, mineralsModel } from '../stages/05-relate/corpus-fixture.js';
import { crossCheck } from '../stages/11-crosscheck/index.js';
import { GoldFile, loadGold } from './gold.js';
import { formatSourceScores, overlapsEvidence, scoreSources, SOURCE_CHECKS, type SourceScores } from './score-sources.js';

/** Floors on the built-in gold (measured: derivation 5/5, contradictions 6/8 — the timeline and "Biden administration" errors are not looked for). */
const FLOORS = { derivation: 1, contradictionRecall: 0.75 } as const;

describe('scoreSources', () => {
  const text = 'The ex-minister Ana Lind said the plan was dead. Former minister Ana Lind spoke.';
  const articles = [
    { id: 'a1', source: '/x/one.txt', segment: 0, text, derivedFrom: 'b1' },
    { id: 'b1', source: '/x/two.txt#0', segment: 0, text: 'Minister Ana Lind spoke.', derivedFrom: null },
  ];
  const gold = [
    GoldFile.parse({ file: 'one.txt', articles: [], boilerplate: [], derivedFrom: 'two.txt', contradictions: [{ claim: 'Lind is a former minister', evidence: 'Former minister Ana Lind', note: '' }, { claim: 'unrelated', evidence: 'the plan was dead', note: '' }] }),
    GoldFile.parse({ file: 'two.txt', articles: [], boilerplate: [], derivedFrom: null }),
  ];
  const side = (id: string, t: string): { article: string; text: string; start: number; end: number } => {
    const a = articles.find((x) => x.id === id)!;
    const start = a.text.indexOf(t);
    return { article: id, text: t, start, end: start + t.length };
  };
  it('scores derivation per gold file, by file name', () => {
    const s = scoreSources(articles, [], gold);
    assert.deepEqual(s.derivation, { right: 2, total: 2, rows: [{ file: 'one.txt', gold: 'two.txt', ours: 'two.txt', ok: true }, { file: 'two.txt', gold: null, ours: null, ok: true }] });
  });
  it('finds a gold contradiction when a side overlaps its evidence in that file, and runs the named check on gold evidence', () => {
    const ours = [{ id: 'c1', kind: 'role', sides: [side('a1', 'Former minister'), side('b1', 'Minister')] }];
    const s = scoreSources(articles, ours, gold, [{ label: 'former minister reported', evidenceIncludes: 'Former minister' }]);
    assert.deepEqual(s.contradictions.rows.map((r) => [r.evidence, r.found, r.by]), [['Former minister Ana Lind', true, ['c1']], ['the plan was dead', false, []]]);
    assert.deepEqual(s.checks.map((c) => c.ok), [true]);
  });
  it('a side elsewhere in the text, or in another file, does not count', () => {
    const ours = [{ id: 'c2', kind: 'role', sides: [side('a1', 'The ex-minister Ana Lind'), side('b1', 'Minister Ana Lind')] }];
    const s = scoreSources(articles, ours, gold, [{ label: 'x', evidenceIncludes: 'Former minister' }]);
    assert.equal(s.contradictions.found, 0);
    assert.deepEqual(s.checks.map((c) => c.ok), [false]);
    assert.match(formatSourceScores(s, true), /missed contradiction one\.txt/);
  });
  it('locates evidence across spacing differences', () => {
    assert.equal(overlapsEvidence('a  b\nc d', { text: 'c', start: 5, end: 6 }, 'b c'), true);
    assert.equal(overlapsEvidence('a b c d', { text: 'd', start: 6, end: 7 }, 'b c'), false);
  });
  it('a check whose evidence no gold contradiction has fails', () => {
    const s = scoreSources(articles, [], gold, [{ label: 'y', evidenceIncludes: 'not in the gold' }]);
    assert.equal(s.checks[0]!.ok, false);
  });
});

describe('stages 05 and 11 on the built-in gold', () => {
  let model: DealModel;
  let checked: CrossCheck;
  let scores: SourceScores;
  before(async () => {
    model = await mineralsModel();
    const relations = relateSources(model.articles, { quotes: model.quotes });
    checked = CrossCheck.parse(crossCheck(model, relations));
    scores = scoreSources(applyRelations(model.articles, relations), checked.contradictions, loadGold(GOLD_DIR));
  });
  it('every contradiction side and claim support is the text at its offsets', () => {
    const byId = new Map(model.articles.map((a) => [a.id, a]));
    const spans = [...checked.claims.flatMap((c) => c.supports), ...checked.contradictions.flatMap((c) => c.sides)];
    assert.ok(spans.length > 0);
    for (const s of spans) assert.equal(byId.get(s.article)!.text.slice(s.start, s.end), s.text);
    assert.ok(checked.claims.every((c) => c.outlets >= 2), 'claims are corroborated by two independent outlets');
  });
  it(`derivation right for every file (003 from 004, nothing else)`, (t) => {
    t.diagnostic(formatSourceScores(scores, true));
    assert.ok(scores.derivation.right / scores.derivation.total >= FLOORS.derivation, JSON.stringify(scores.derivation.rows));
  });
  it(`contradiction recall ≥ ${FLOORS.contradictionRecall}`, () => {
    assert.ok(scores.contradictions.found / scores.contradictions.total >= FLOORS.contradictionRecall, formatSourceScores(scores, true));
  });
  it(SOURCE_CHECKS[0]!.label, () => {
    assert.deepEqual(scores.checks.map((c) => c.ok), SOURCE_CHECKS.map(() => true), formatSourceScores(scores, true));
  });
});
