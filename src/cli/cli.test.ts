import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { packageRoot, builtInCorpus } from './paths.js';
import { ParleyExport } from '../model/export.js';

const bin = join(packageRoot, 'bin', 'parley.js');
const parley = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', timeout: 120_000 });

describe('the parley command, end to end on real files', () => {
  let tmp: string;
  before(() => {
    tmp = mkdtempSync(join(tmpdir(), 'parley-cli-'));
  });
  after(() => rmSync(tmp, { recursive: true, force: true }));

  it('demo runs the built-in corpus and prints where its output went', () => {
    const out = join(tmp, 'demo');
    const r = parley('demo', '--out', out);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, new RegExp(`output written to ${out.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    const exported = ParleyExport.parse(JSON.parse(readFileSync(join(out, 'export.json'), 'utf8')));
    assert.equal(exported.format, 'parley-export/1');
    assert.equal(exported.articles.length, 11);
    assert.ok(existsSync(join(out, 'eval.txt')));
  });

  it('ingest stores once, says so the second time, and lists articles as JSON', () => {
    const data = join(tmp, 'store');
    const first = parley('ingest', builtInCorpus, '--data-dir', data, '--json');
    assert.equal(first.status, 0, first.stderr);
    const s1 = JSON.parse(first.stdout) as { articlesNew: number; pagesNew: number };
    assert.equal(s1.pagesNew, 5);
    assert.equal(s1.articlesNew, 11);
    const second = parley('ingest', builtInCorpus, '--data-dir', data);
    assert.equal(second.status, 0, second.stderr);
    assert.match(second.stdout, /0 new articles \(already stored: 5 pages, 11 articles/);
    const listed = parley('articles', '--data-dir', data, '--json');
    assert.equal(listed.status, 0, listed.stderr);
    const body = JSON.parse(listed.stdout) as { ok: boolean; articles: { outlet: string | null }[] };
    assert.equal(body.articles.length, 11);
  });

  it('bad inputs get one line each, the rest of the batch is stored, the exit code says so', () => {
    const data = join(tmp, 'mixed');
    const dir = join(tmp, 'mixed-inputs');
    spawnSync('mkdir', ['-p', dir]);
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'bad-utf8.txt'), Buffer.from([0x48, 0x69, 0x20, 0xff, 0xfe, 0x21]));
    writeFileSync(join(dir, 'good.txt'), 'Talks resume\n\nNegotiators from both sides met on Monday to resume talks on the trade deal, officials said.\n');
    const r = parley('ingest', dir, join(tmp, 'missing.txt'), '--data-dir', data);
    assert.equal(r.status, 1);
    const problems = r.stderr.trim().split('\n').filter((l) => l.startsWith('parley:'));
    assert.equal(problems.length, 3, r.stderr);
    assert.ok(problems.some((l) => l.includes('empty.txt')));
    assert.ok(problems.some((l) => l.includes('bad-utf8.txt')));
    assert.ok(problems.some((l) => l.includes('missing.txt')));
    assert.match(r.stdout, /1 new articles/);
  });

  it('actors lists people with roles and affiliations; quotes filter by speaker', () => {
    const data = join(tmp, 'store');
    const actors = parley('actors', '--data-dir', data, '--kind', 'person', '--json');
    assert.equal(actors.status, 0, actors.stderr);
    const people = (JSON.parse(actors.stdout) as { actors: { kind: string; name: string; mentions: unknown[]; affiliation: string | null }[] }).actors;
    assert.ok(people.length > 5);
    assert.ok(people.every((p) => p.kind === 'person' && p.mentions.length > 0));
    const quotes = parley('quotes', '--data-dir', data, '--speaker', 'waltz', '--json');
    assert.equal(quotes.status, 0, quotes.stderr);
    const found = (JSON.parse(quotes.stdout) as { quotes: { speakerLabel: string; text: string }[] }).quotes;
    assert.ok(found.length >= 3);
    assert.ok(found.every((q) => /waltz/i.test(q.speakerLabel)), found.map((q) => q.speakerLabel).join(', '));
  });

  it('export writes the contract and eval scores it from the file', () => {
    const data = join(tmp, 'store');
    const file = join(tmp, 'export.json');
    const ex = parley('export', '--format', 'json', '--out', file, '--data-dir', data);
    assert.equal(ex.status, 0, ex.stderr);
    const ev = parley('eval', '--from', file, '--json');
    assert.equal(ev.status, 0, ev.stderr);
    const scores = JSON.parse(ev.stdout) as { scores: { front: { segmentation: { recall: { hit: number; total: number } } } } };
    assert.equal(scores.scores.front.segmentation.recall.total, 11);
  });

  it('unknown export formats and missing gold folders are clear errors', () => {
    const r = parley('export', '--format', 'xml', '--data-dir', join(tmp, 'store'));
    assert.equal(r.status, 2);
    assert.match(r.stderr, /E_FORMAT/);
    const g = parley('eval', '--gold', join(tmp, 'nowhere'), '--from', join(tmp, 'export.json'));
    assert.equal(g.status, 1);
    assert.match(g.stderr, /E_GOLD.*nowhere/);
  });
});
