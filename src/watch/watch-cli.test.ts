import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { packageRoot } from '../cli/paths.js';
import type { PollReport } from './poll-once.js';
import { feedItem, withFeedServer, withNewsFolder, writeArticle } from './watch-test-kit.js';

const bin = join(packageRoot, 'bin', 'parley.js');

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

// Asynchronous, so the feed server in this process can answer while the command runs.
function parley(args: string[], onStdout?: (text: string, child: ReturnType<typeof spawn>) => void): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), 120_000);
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      onStdout?.(stdout, child);
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr });
    });
  });
}

test('parley watch --once --json: a folder and a feed, then only what is new, and a down feed is one line', async () => {
  await withNewsFolder(async (dir, news) => {
    await writeArticle(join(news, 'a.txt'), 1);
    await writeArticle(join(news, 'b.txt'), 2);
    await withFeedServer([feedItem(11)], async (feed) => {
      const url = `${feed.base}/feed.xml`;
      const args = ['watch', news, url, '--once', '--json', '--allow-private', '--data-dir', join(dir, 'data')];
      const first = await parley(args);
      assert.equal(first.status, 0, first.stderr);
      const r1 = JSON.parse(first.stdout) as PollReport & { ok: boolean };
      assert.equal(r1.ok, true);
      assert.deepEqual(r1.sources.map((s) => [s.kind, s.newItems, s.articlesNew]), [['folder', 2, 2], ['feed', 1, 1]]);

      const second = await parley(args);
      const r2 = JSON.parse(second.stdout) as PollReport;
      assert.deepEqual(r2.sources.map((s) => s.status), ['unchanged', 'not-modified']);
      assert.equal(r2.articlesNew, 0);

      feed.items.push(feedItem(12));
      await writeArticle(join(news, 'c.txt'), 3);
      const third = await parley(args);
      const r3 = JSON.parse(third.stdout) as PollReport;
      assert.deepEqual(r3.sources.map((s) => [s.status, s.newItems, s.articlesNew, s.articlesExisting]), [['new', 1, 1, 0], ['new', 1, 1, 0]]);

      // The feed goes away: one line on stderr naming it; the folder is still read; exit code 1.
      await writeArticle(join(news, 'd.txt'), 4);
      const dead = 'http://127.0.0.1:1/feed.xml';
      const fourth = await parley(['watch', dead, news, '--once', '--allow-private', '--data-dir', join(dir, 'data')]);
      assert.equal(fourth.status, 1);
      assert.deepEqual(fourth.stderr.trim().split('\n'), [`parley: ${dead}: connection refused`]);
      assert.match(fourth.stdout, new RegExp(`${news.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: 1 new or changed file → 1 new article`));
    });
  });
});

test('parley watch: a corrupt state file is one warning, and SIGTERM ends the watch cleanly after the poll', async () => {
  await withNewsFolder(async (dir, news) => {
    await writeArticle(join(news, 'a.txt'), 1);
    const state = join(dir, 'state.json');
    await writeFile(state, 'not json at all');
    let signalled = false;
    const run = await parley(['watch', news, '--interval', '5', '--state', state, '--data-dir', join(dir, 'data')], (stdout, child) => {
      if (!signalled && stdout.includes('\n')) {
        signalled = true;
        child.kill('SIGTERM');
      }
    });
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /news: 1 new or changed file → 1 new article/);
    const warnings = run.stderr.split('\n').filter((l) => l.includes('warning'));
    assert.equal(warnings.length, 1);
    assert.match(warnings[0]!, /is not valid JSON .*starting fresh/);
    assert.match(run.stderr, /SIGTERM: finishing the current poll, then stopping/);
    const { readFile } = await import('node:fs/promises');
    assert.equal((JSON.parse(await readFile(state, 'utf8')) as { version: number }).version, 1);
  });
});

test('parley watch refuses an interval shorter than the minimum, saying which', async () => {
  const run = await parley(['watch', '.', '--interval', '1']);
  assert.equal(run.status, 1);
  assert.match(run.stderr, /--interval 1: give a number of seconds, at least 5/);
});
