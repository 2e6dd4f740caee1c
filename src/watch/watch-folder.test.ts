import assert from 'node:assert/strict';
import { stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { pollOnce } from './poll-once.js';
import { emptyWatchState } from './watch-state.js';
import { articleText, withStore, withNewsFolder, writeArticle } from './watch-test-kit.js';

test('a folder: the first poll ingests every file, the next one nothing, without reading unchanged files', async () => {
  await withNewsFolder(async (dir, news) => {
    for (let n = 1; n <= 3; n += 1) await writeArticle(join(news, `a${n}.txt`), n);
    await withStore(dir, async (ctx) => {
      const first = await pollOnce([news], emptyWatchState(ctx.store.location), ctx);
      const [s1] = first.report.sources;
      assert.equal(s1!.status, 'new');
      assert.equal(s1!.newItems, 3);
      assert.equal(s1!.articlesNew, 3);
      assert.equal((await ctx.store.stats()).articles, 3);

      // Swap a file's text for another of the same size and put its mtime back: a watch that
      // re-read unchanged files would find a new article here; one that trusts the signature does not.
      const a1 = join(news, 'a1.txt');
      const before = await stat(a1);
      const swapped = articleText(9);
      assert.equal(Buffer.byteLength(swapped), before.size);
      await writeFile(a1, swapped);
      await utimes(a1, before.atime, before.mtime);

      const second = await pollOnce([news], first.state, ctx, 2);
      const [s2] = second.report.sources;
      assert.equal(s2!.status, 'unchanged');
      assert.equal(s2!.read, 0);
      assert.equal(s2!.newItems, 0);
      assert.equal((await ctx.store.stats()).articles, 3);

      // A new file is picked up alone: nothing already stored is read or stored again.
      await writeArticle(join(news, 'a4.txt'), 4);
      const third = await pollOnce([news], second.state, ctx, 3);
      const [s3] = third.report.sources;
      assert.equal(s3!.status, 'new');
      assert.equal(s3!.read, 1);
      assert.equal(s3!.articlesNew, 1);
      assert.equal(s3!.articlesExisting, 0);
      assert.equal((await ctx.store.stats()).articles, 4);
    });
  });
});

test('a folder: a file modified in the last second waits for the next poll; a deleted file leaves the state', async () => {
  await withNewsFolder(async (dir, news) => {
    await writeArticle(join(news, 'old.txt'), 1);
    await withStore(dir, async (ctx) => {
      await writeArticle(join(news, 'fresh.txt'), 2, 0); // just written
      const first = await pollOnce([news], emptyWatchState(ctx.store.location), ctx);
      const [s1] = first.report.sources;
      assert.equal(s1!.newItems, 1);
      assert.equal(s1!.waiting, 1);
      assert.equal((await ctx.store.stats()).articles, 1);

      // A second later (by the clock the watch is given) it is complete and read.
      const later = { ...ctx, now: () => Date.now() + 2000 };
      const second = await pollOnce([news], first.state, later, 2);
      const [s2] = second.report.sources;
      assert.equal(s2!.newItems, 1);
      assert.equal(s2!.waiting, 0);
      assert.equal(s2!.articlesNew, 1);

      const { rm } = await import('node:fs/promises');
      await rm(join(news, 'old.txt'));
      const third = await pollOnce([news], second.state, later, 3);
      assert.deepEqual(Object.keys(third.state.sources[news]!.files!).map((p) => p.slice(news.length + 1)), ['fresh.txt']);
    });
  });
});

test('a folder: a changed file is read again, and a missing source is one line while the others go on', async () => {
  await withNewsFolder(async (dir, news) => {
    await writeArticle(join(news, 'a.txt'), 1);
    await withStore(dir, async (ctx) => {
      const missing = join(dir, 'not-there');
      const first = await pollOnce([missing, news], emptyWatchState(ctx.store.location), ctx);
      const [gone, ok] = first.report.sources;
      assert.equal(gone!.status, 'error');
      assert.equal(gone!.error, `${missing}: no such file or folder`);
      assert.equal(ok!.articlesNew, 1);
      assert.equal(first.report.errors, 1);

      await writeArticle(join(news, 'a.txt'), 2, 5000);
      const second = await pollOnce([missing, news], first.state, ctx, 2);
      assert.equal(second.report.sources[1]!.newItems, 1);
      assert.equal(second.report.sources[1]!.articlesNew, 1);
    });
  });
});
