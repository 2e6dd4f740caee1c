import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtInCorpus, builtInGold } from '../cli/paths.js';
import { language, plainArticle } from '../stages/06-language/index.js';
import { resolveActors } from '../stages/07-actors/index.js';
import { GoldFile, loadGold } from './gold.js';
import { rolesMatch, scoreActors, type Ratio } from './score-actors.js';
import { normaliseName } from './names.js';

const share = (r: Ratio): number => (r.total === 0 ? 1 : r.hit / r.total);

describe('role matching', () => {
  const cases: [string | null, string | null, boolean][] = [
    ['Treasury Secretary', 'U.S. Treasury Secretary', true],
    ['President', 'President of the United States', true],
    ['US President', 'President of the United States', true],
    ['Ukrainian Foreign Minister', 'Foreign Minister of Ukraine', true],
    ['National Security Advisor', 'U.S. National Security Adviser', true],
    ['special envoy', "Trump's special envoy (retired Lt. Gen.)", true],
    ['Middle East envoy', "President Trump's Middle East envoy", true],
    ['former President', 'former U.S. President', true],
    ['Speaker', 'Speaker of the Rada (Ukrainian parliament)', true],
    ['Foreign Minister', 'Prime Minister', false],
    ['envoy', 'Secretary of State', false],
    [null, null, true],
    ['envoy', null, false],
    [null, 'President of Russia', false],
  ];
  for (const [system, gold, ok] of cases) {
    it(`${JSON.stringify(system)} ${ok ? 'matches' : 'does not match'} ${JSON.stringify(gold)}`, () => assert.equal(rolesMatch(system, gold), ok));
  }
  it('names compare without case and diacritics', () => {
    assert.equal(normaliseName('Jüri  Ratas'), normaliseName('juri ratas'));
  });
});

describe('scoreActors', () => {
  const gold = GoldFile.parse({
    file: 'page.txt', articles: [], boilerplate: [],
    actors: [
      { name: 'Volodymyr Zelensky', aliases: ['Zelenskyy'], kind: 'person', role: 'President of Ukraine', affiliation: 'UKR' },
      { name: 'Keith Kellogg', aliases: [], kind: 'person', role: null, affiliation: 'USA' },
      { name: 'Ukraine', aliases: [], kind: 'country', role: null, affiliation: 'UKR' },
    ],
  });
  const articles = [{ id: 'a1', source: '/x/page.txt', segment: 0 }, { id: 'b1', source: '/x/other.txt', segment: 0 }];
  it('pairs people by name or alias, in the file\'s articles only, and scores role and affiliation over pairs', () => {
    const s = scoreActors([
      { name: 'Zelenskyy', aliases: [], kind: 'person', role: 'President', affiliation: 'UKR', articles: ['a1'], roles: [{ article: 'a1', role: 'President' }] },
      { name: 'Keith Kellogg', aliases: [], kind: 'person', role: 'envoy', affiliation: null, articles: ['a1'], roles: [] },
      { name: 'Olaf Scholz', aliases: [], kind: 'person', role: null, affiliation: null, articles: ['a1'] },
      { name: 'Somebody Else', aliases: [], kind: 'person', role: null, affiliation: null, articles: ['b1'] },
    ], [gold], articles);
    assert.deepEqual(s.people.recall, { hit: 2, total: 2 });
    assert.deepEqual(s.people.precision, { hit: 2, total: 3 });
    assert.deepEqual(s.affiliation, { hit: 1, total: 2 });
    assert.deepEqual(s.role, { hit: 2, total: 2 }, 'Kellogg has no role in this file, as gold says');
  });
});

// The targets on the built-in gold (people found, no extras, affiliation and role right).
const TARGETS = { recall: 0.95, precision: 0.9, affiliation: 0.95, role: 0.85 } as const;

describe('actors on the built-in gold (one article per corpus file) reach the targets', () => {
  const docs = readdirSync(builtInCorpus).filter((f) => f.endsWith('.txt')).sort()
    .map((f) => language.run({ article: plainArticle(readFileSync(join(builtInCorpus, f), 'utf8'), join(builtInCorpus, f)) }));
  const s = scoreActors(resolveActors(docs).actors, loadGold(builtInGold), docs.map((d) => d.article));
  const misses = s.misses.join('\n');
  it(`people recall ≥ ${TARGETS.recall}`, () => assert.ok(share(s.people.recall) >= TARGETS.recall, misses));
  it(`people precision ≥ ${TARGETS.precision}`, () => assert.ok(share(s.people.precision) >= TARGETS.precision, misses));
  it(`affiliation right for ≥ ${TARGETS.affiliation} of matched people`, () => assert.ok(share(s.affiliation) >= TARGETS.affiliation, misses));
  it(`role right for ≥ ${TARGETS.role} of matched people`, () => assert.ok(share(s.role) >= TARGETS.role, misses));
});
