import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { GoldFile } from './gold.js';
import { issueOverlap, keyWords, labelDay, scoreDeal, wordsMatch, type DealExport } from './score-deal.js';

const PARTIES = new Set(['ukraine', 'us', 'eu', 'u.s']);

describe('deal scorer: issue names', () => {
  const words: [string, string, boolean][] = [
    ['territorial', 'territory', true], ['compensate', 'compensation', true], ['guarantee', 'guarantee', true],
    ['access', 'accession', false], ['secure', 'security', false], ['invest', 'investment', false],
  ];
  for (const [a, b, same] of words) it(`"${a}" ${same ? 'matches' : 'does not match'} "${b}"`, () => assert.equal(wordsMatch(a, b), same));

  const keys: [string, string[]][] = [
    ["Ukraine's place in peace talks", ['place', 'peace', 'talk']],
    ['EU accession', ['accession']],
    ['compensation for US aid', ['compensation', 'aid']],
    ['Ukraine as raw-materials supplier', ['raw', 'material', 'supplier']],
  ];
  for (const [name, want] of keys) it(`key words of "${name}" leave out party names`, () => assert.deepEqual(keyWords(name, PARTIES), want));

  const found: [string, { name: string; aliases: string[] }, number][] = [
    ['security guarantees', { name: 'security guarantees', aliases: [] }, 1],
    ["Ukraine's place in peace talks", { name: 'place in talks', aliases: [] }, 2 / 3],
    ['scope of resources', { name: 'access to rare earth minerals', aliases: ['access to resources'] }, 0.5],
    ['EU accession', { name: 'access to minerals', aliases: [] }, 0],
  ];
  for (const [gold, ours, share] of found) it(`"${ours.name}" covers ${share.toFixed(2)} of "${gold}"`, () => assert.equal(issueOverlap(keyWords(gold, PARTIES), ours), share));

  it('orders gold drafts by the day in their labels', () => {
    assert.deepEqual(['initial US draft (Bessent, Feb 12)', 'Ukrainian revised draft (sent the week of Feb 10-16)', 'latest US draft (April 2025)', 'late February 2025'].map((l) => labelDay(l, 2025)),
      ['2025-02-12', '2025-02-13', '2025-04-15', '2025-02-25']);
  });
});

describe('deal scorer on a small invented export', () => {
  const text = 'Iceland rejected the quota proposal. Norway wants higher fishing quotas. Talks are close to a deal.';
  const gold = {
    file: 'page.txt', articles: [], boilerplate: [], quotes: [], events: [], contradictions: [],
    issues: ['fishing quotas', 'marine protections'],
    positions: [
      { party: 'NOR', issue: 'fishing quotas', stance: 'demand', evidence: 'Norway wants higher fishing quotas' },
      { party: 'ISL', issue: 'fishing quotas', stance: 'reject', evidence: 'Iceland rejected the quota proposal' },
    ],
    drafts: [{ label: 'Norwegian quota proposal (May 2024)', author: 'NOR', reception: 'rejected', evidence: 'the quota proposal' }],
    outlook: { score: 0.3, evidence: ['close to a deal'] },
  } as unknown as GoldFile;
  const exp: DealExport = {
    articles: [{ id: 'a', source: '/x/page.txt', segment: 0, text }],
    actors: [{ id: 'n', name: 'Norway', aliases: [], affiliation: 'NOR' }, { id: 'i', name: 'Iceland', aliases: [], affiliation: 'ISL' }],
    issues: [{ id: 'q', name: 'higher fishing quotas', aliases: [], articles: ['a'] }],
    positions: [{ party: 'n', issue: 'q', stance: 'demand', article: 'a' }, { party: 'i', issue: 'q', stance: 'accept', article: 'a' }],
    drafts: [{ id: 'd', label: 'proposal', author: 'n', reception: 'rejected', articles: ['a'], mentions: [{ span: { article: 'a', start: 17, end: 35 }, evidence: { article: 'a', start: 0, end: 36 } }] }],
    outlook: [{ article: 'a', score: 0.5 }],
  };
  const s = scoreDeal(exp, [gold]);

  it('counts a gold issue found when our name holds half its key words', () => assert.deepEqual(s.issueRecall, { found: 1, total: 2, missed: ['marine protections'] }));
  it('scores positions on (party code, issue, stance)', () => assert.deepEqual([s.positions.tp, s.positions.system, s.positions.gold, s.positions.microF1], [1, 2, 2, 0.5]));
  it('matches drafts by author and the words of the gold evidence', () => assert.deepEqual([s.drafts.found, s.drafts.receptionRight, s.drafts.inOrderWithReception], [1, 1, 1]));
  it('compares the outlook sign', () => assert.deepEqual(s.outlook, { signRight: 1, total: 1 }));
});
