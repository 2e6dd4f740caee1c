import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { IssuesConfigError, loadIssuesConfig, parseIssuesConfig } from '../../../config/issues-config.js';
import { buildDeal } from '../index.js';
import { testCorpus } from '../testing.js';

const CORPUS = testCorpus([
  { id: 'a1', published: '2024-05-01', text: '[Norway] is seeking higher fishing quotas. [Iceland] rejected higher fishing quotas. [Iceland] is pushing for marine protections. [Norway] wants catch limits.' },
  { id: 'a2', published: '2024-05-10', text: '[Norway] offered marine protections. [Iceland] accepted higher fishing quotas. Both mentioned catch limits and port access.' },
]);

describe('issue config file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'parley-issues-'));
  const file = (name: string, body: string): string => { const p = join(dir, name); writeFileSync(p, body); return p; };

  it('loads a valid file and fills the missing keys', () => {
    assert.deepEqual(loadIssuesConfig(file('ok.json', '{"rename": {"higher fishing quotas": "fishing quotas"}}')), { rename: { 'higher fishing quotas': 'fishing quotas' }, merge: [], add: [], drop: [] });
  });
  const errors: [string, string, string, RegExp][] = [
    ['a missing file', join(dir, 'nope.json'), 'E_ISSUES_CONFIG_READ', /cannot read the issue config \(ENOENT\)/u],
    ['broken JSON', file('bad.json', '{"rename": {'), 'E_ISSUES_CONFIG_JSON', /not valid JSON/u],
    ['a wrong shape', file('shape.json', '{"merge": [{"into": "x", "from": []}]}'), 'E_ISSUES_CONFIG_SCHEMA', /merge\.0\.from: merge needs at least one issue/u],
    ['an unknown key', file('key.json', '{"renames": {}}'), 'E_ISSUES_CONFIG_SCHEMA', /\(top level\)|renames/u],
  ];
  for (const [what, path, code, message] of errors) {
    it(`refuses ${what} with ${code} and a hint`, () => assert.throws(() => loadIssuesConfig(path), (e: unknown) => e instanceof IssuesConfigError && e.code === code && message.test(e.message) && e.hint.length > 0));
  }
});

describe('applying the issue config to the issues found', () => {
  const names = (issues: { name: string }[]): string[] => issues.map((i) => i.name).sort();
  const found = buildDeal(CORPUS);

  it('finds the issues without config', () => assert.deepEqual(names(found.issues), ['higher fishing quotas', 'marine protections']));
  it('renames an issue and keeps the old name as an alias; positions follow', () => {
    const deal = buildDeal(CORPUS, { issues: parseIssuesConfig({ rename: { 'higher fishing quotas': 'fishing quotas' } }, 'test') });
    const issue = deal.issues.find((i) => i.name === 'fishing quotas');
    assert.ok(issue?.aliases.includes('higher fishing quotas'));
    assert.equal(deal.positions.filter((p) => p.issue === issue?.id).length, found.positions.filter((p) => p.issue === found.issues.find((i) => i.name === 'higher fishing quotas')?.id).length);
  });
  it('adds an issue the text names too rarely to surface, with its mentions', () => {
    const deal = buildDeal(CORPUS, { issues: parseIssuesConfig({ add: [{ name: 'catch limits', aliases: ['port access'] }] }, 'test') });
    const added = deal.issues.find((i) => i.name === 'catch limits');
    assert.deepEqual(added?.mentions.map((m) => m.text), ['catch limits', 'catch limits', 'port access']);
    assert.ok(deal.positions.some((p) => p.issue === added?.id && p.stance === 'demand'));
  });
  it('merges one issue into another and drops one', () => {
    const merged = buildDeal(CORPUS, { issues: parseIssuesConfig({ merge: [{ into: 'higher fishing quotas', from: ['marine protections'] }] }, 'test') });
    assert.deepEqual(names(merged.issues), ['higher fishing quotas']);
    assert.ok(merged.issues[0]?.aliases.includes('marine protections'));
    const dropped = buildDeal(CORPUS, { issues: parseIssuesConfig({ drop: ['marine protections'] }, 'test') });
    assert.deepEqual(names(dropped.issues), ['higher fishing quotas']);
    assert.ok(dropped.positions.every((p) => p.issue === dropped.issues[0]?.id));
  });
  it('reports config entries that match no issue, without failing', () => {
    const deal = buildDeal(CORPUS, { issues: parseIssuesConfig({ rename: { 'whale hunting': 'whaling' } }, 'test') });
    assert.deepEqual(deal.notes.filter((n) => n.startsWith('issue config')), ['issue config: rename "whale hunting" matched no issue']);
  });
});
