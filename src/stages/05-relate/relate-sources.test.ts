import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { SourceRelations } from '../../model/relation.js';
import { DERIVATION_CASES } from './derivation-cases.js';
import { independentOutlets } from '../../model/relation.js';
import { outletKey } from './outlet-key.js';
import { applyRelations } from './apply-relations.js';
import { relateSources } from './relate-sources.js';
import { testArticle } from './article-fixture.js';

const [REWRITE_CASE] = DERIVATION_CASES;
const STORY = REWRITE_CASE!.a.text;

describe('duplicates', () => {
  it('same text up to case, quote marks, dashes and spacing is an exact duplicate of the earliest copy', () => {
    const copy = STORY.replace(/"/g, '“').replace(/ /g, '  ').toUpperCase();
    const rel = relateSources([testArticle('late', STORY, { published: '2024-05-03' }), testArticle('early', copy, { published: '2024-05-01' })]);
    assert.deepEqual(rel.duplicates.map((d) => [d.article, d.of, d.kind]), [['late', 'early', 'exact']]);
    assert.equal(rel.derivations.length, 0, 'a duplicate is not also derived');
  });
  it('a lightly edited copy is a near duplicate; undated copies keep the smaller id', () => {
    const edited = STORY.replace('on Tuesday', 'late on Tuesday').replace('Trade groups', 'Industry groups');
    const rel = relateSources([testArticle('b', edited), testArticle('a', STORY), testArticle('c', REWRITE_CASE!.b.text)]);
    assert.deepEqual(rel.duplicates.map((d) => [d.article, d.of, d.kind]), [['b', 'a', 'near']]);
    assert.ok(rel.duplicates[0]!.jaccard >= 0.5 && rel.duplicates[0]!.jaccard < 1);
    assert.equal(rel.articles.find((r) => r.article === 'c')?.derivedFrom, 'a', 'the rewrite derives from the canonical copy');
    assert.equal(rel.articles.find((r) => r.article === 'c')?.root, 'a');
  });
  it('empty articles duplicate nothing', () => {
    const rel = relateSources([testArticle('a', ''), testArticle('b', '  ')]);
    assert.deepEqual(rel.duplicates, []);
  });
});

describe('evidence offsets', () => {
  it('every evidence span is the text it claims, in the article it names', () => {
    const a = testArticle('a', STORY);
    const b = testArticle('b', REWRITE_CASE!.b.text);
    const rel = SourceRelations.parse(relateSources([a, b]));
    const byId = new Map([a, b].map((x) => [x.id, x]));
    assert.ok(rel.derivations.length === 1);
    for (const d of rel.derivations) {
      for (const e of d.evidence) {
        for (const [side, id] of [[e.original, d.from], [e.derived, d.article]] as const) {
          assert.ok(side, `${e.kind} without a span`);
          assert.equal(byId.get(id)!.text.slice(side.start, side.end), side.text);
        }
      }
    }
  });
});

describe('independent outlets', () => {
  const a = testArticle('a', STORY, { outlet: 'The Hill' });
  const b = testArticle('b', REWRITE_CASE!.b.text, { outlet: null });
  const c = testArticle('c', 'A separate story about something else entirely, written on its own.', { outlet: 'the hill' });
  const d = testArticle('d', 'Another story from another outlet, written independently of the others.', { outlet: 'Reuters' });
  const e = testArticle('e', 'An unsigned page with no outlet named anywhere on it, about yet another thing.', { outlet: null });
  const rel = relateSources([a, b, c, d, e]);
  it('a derived article counts with its original; one outlet counts once; unknown outlets stand alone', () => {
    const groups = independentOutlets(rel, ['a', 'b', 'c', 'd', 'e']);
    assert.deepEqual(groups.map((g) => g.articles.sort()), [['a', 'b', 'c'], ['d'], ['e']]);
    assert.deepEqual(groups[0]!.outlets, ['hill']);
  });
  it('an article alone, or unknown to stage 05, is one source', () => {
    assert.equal(independentOutlets(rel, ['b']).length, 1);
    assert.equal(independentOutlets(rel, ['zzz', 'd']).length, 2);
  });
  it('normalises outlet names', () => {
    assert.equal(outletKey('The  Hill'), 'hill');
    assert.equal(outletKey('Le Monde'), 'le monde');
    assert.equal(outletKey(' '), null);
  });
  it('copies the links onto the articles', () => {
    const applied = applyRelations([a, b], rel);
    assert.equal(applied[1]!.derivedFrom, 'a');
    assert.equal(applied[0]!.derivedFrom, null);
  });
});
