import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { SourceRelations } from '../../model/relation.js';
import { DERIVATION_CASES } from './derivation-cases.js';
import { relateSources } from './relate-sources.js';
import { testArticle } from './article-fixture.js';

describe('derivation, table-driven on invented pairs', () => {
  for (const c of DERIVATION_CASES) {
    it(c.name, () => {
      const a = testArticle('a', c.a.text, { published: c.a.published ?? null });
      const b = testArticle('b', c.b.text, { published: c.b.published ?? null });
      const rel = SourceRelations.parse(relateSources([a, b]));
      assert.deepEqual(rel.duplicates, [], 'a pair of related articles is not a duplicate here');
      const links = rel.derivations.map((d) => ({ derived: d.article, from: d.from }));
      assert.deepEqual(links, c.expected ? [c.expected] : [], JSON.stringify(rel.pairs[0]?.signals));
      if (c.expected) {
        const d = rel.derivations[0]!;
        assert.ok(d.evidence.some((e) => e.kind === 'source' || e.kind === 'phrase'), 'evidence names the reporter’s words that were kept');
        assert.equal(rel.articles.find((r) => r.article === c.expected!.derived)?.derivedFrom, c.expected.from);
      }
    });
  }
  it('two reports of one press conference share their quotes, yet score far below a rewrite', () => {
    const score = (c: (typeof DERIVATION_CASES)[number]): number => relateSources([testArticle('a', c.a.text), testArticle('b', c.b.text)]).pairs[0]?.score ?? 0;
    const press = DERIVATION_CASES.find((c) => c.name.includes('press conference'))!;
    const rewrite = DERIVATION_CASES[0]!;
    const rel = relateSources([testArticle('a', press.a.text), testArticle('b', press.b.text)], {}, { derivationScore: 0 });
    assert.ok(rel.derivations[0]!.evidence.filter((e) => e.kind === 'quote').length >= 2, 'the shared quotes are found');
    assert.ok(score(rewrite) - score(press) > 0.3, `rewrite ${score(rewrite)}, press ${score(press)}`);
  });
});
