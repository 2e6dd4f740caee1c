import assert from 'node:assert/strict';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { loadWatchState, saveWatchState } from './state-file.js';
import { runWatch } from './watch-loop.js';
import { emptyWatchState, type WatchState } from './watch-state.js';
import { withStore, withNewsFolder, withTempDir, writeArticle } from './watch-test-kit.js';

const STORE = '/data/store';

const corrupt: [name: string, content: string, warning: RegExp][] = [
  ['not JSON', '{"version": 1, "sources": {', /is not valid JSON .*; starting fresh/],
  ['JSON of another shape', '{"version": 2, "sources": []}', /is not a Parley watch state \(.*at version\); starting fresh/],
  ['a list', '[]', /is not a Parley watch state/],
  ['state kept for another store', JSON.stringify({ version: 1, store: '/elsewhere', sources: { '/x': { seen: ['a'] } } }), /was kept for the store \/elsewhere, not \/data\/store/],
];
for (const [name, content, warning] of corrupt) {
  test(`loadWatchState: ${name} is one warning and a fresh start`, async () => {
    await withTempDir(async (dir) => {
      const path = join(dir, 'watch-state.json');
      await writeFile(path, content);
      const loaded = await loadWatchState(path, STORE);
      assert.deepEqual(loaded.state, emptyWatchState(STORE));
      assert.match(loaded.warning ?? '', warning);
      assert.doesNotMatch(loaded.warning ?? '', /\n/);
    });
  });
}

test('loadWatchState: no file is a fresh start without a warning; a saved state reads back whole', async () => {
  await withTempDir(async (dir) => {
    const path = join(dir, 'sub', 'watch-state.json');
    assert.deepEqual(await loadWatchState(path, STORE), { state: emptyWatchState(STORE), warning: null });
    const state: WatchState = { version: 1, store: STORE, sources: { 'https://x/feed': { etag: '"e"', lastModified: null, seen: ['a', 'b'], bodyHash: 'h' }, '/news': { files: { '/news/a.txt': { size: 3, mtimeMs: 1.5 } } } } };
    await saveWatchState(path, state);
    assert.deepEqual(await loadWatchState(path, STORE), { state, warning: null });
    // Written through a temporary file that is renamed over the old one: nothing is left beside it.
    assert.deepEqual(await readdir(join(dir, 'sub')), ['watch-state.json']);
  });
});

test('runWatch: a corrupt state file warns once, reads everything again, and is replaced by a good one', async () => {
  await withNewsFolder(async (dir, news) => {
    await writeArticle(join(news, 'a.txt'), 1);
    const statePath = join(dir, 'watch-state.json');
    await writeFile(statePath, '\u0000\u0000garbage');
    await withStore(dir, async (ctx) => {
      const warnings: string[] = [];
      const reports: number[] = [];
      const run = () => runWatch({ ...ctx, sources: [news], statePath, intervalMs: 0, once: true, onWarning: (w) => warnings.push(w), onPoll: (r) => reports.push(r.newItems) });
      const outcome = await run();
      assert.equal(outcome.polls, 1);
      assert.equal(warnings.length, 1);
      assert.match(warnings[0]!, /not valid JSON/);
      assert.deepEqual(reports, [1]);
      const saved = JSON.parse(await readFile(statePath, 'utf8')) as WatchState;
      assert.equal(saved.store, ctx.store.location);
      // A restart reads the state it left: no warning, nothing new.
      await run();
      assert.equal(warnings.length, 1);
      assert.deepEqual(reports, [1, 0]);
    });
  });
});

test('runWatch: polls until aborted, finishing the poll under way', async () => {
  await withNewsFolder(async (dir, news) => {
    await writeArticle(join(news, 'a.txt'), 1);
    await withStore(dir, async (ctx) => {
      const controller = new AbortController();
      const polls: number[] = [];
      const outcome = await runWatch({
        ...ctx, sources: [news], statePath: join(dir, 'state.json'), intervalMs: 20, once: false, signal: controller.signal, onWarning: () => {},
        onPoll: (report) => {
          polls.push(report.poll);
          if (report.poll === 3) controller.abort();
        },
      });
      assert.deepEqual(polls, [1, 2, 3]);
      assert.equal(outcome.polls, 3);
    });
  });
});
