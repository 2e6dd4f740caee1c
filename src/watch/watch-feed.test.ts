import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { feedItemKeys } from './feed-items.js';
import { pollOnce } from './poll-once.js';
import { emptyWatchState } from './watch-state.js';
import { feedItem, rss, withFeedServer, withStore, withNewsFolder, withTempDir, writeArticle } from './watch-test-kit.js';

test('a feed URL: everything first, then a 304 that reads nothing, then the new item alone', async () => {
  await withTempDir(async (dir) => {
    await withFeedServer([feedItem(1), feedItem(2)], async (feed) => {
      await withStore(dir, async (ctx) => {
        const url = `${feed.base}/feed.xml`;
        const first = await pollOnce([url], emptyWatchState(ctx.store.location), ctx);
        const [s1] = first.report.sources;
        assert.equal(s1!.kind, 'feed');
        assert.equal(s1!.newItems, 2);
        assert.equal(s1!.articlesNew, 2);
        assert.equal(feed.served[200], 1);
        assert.equal(first.state.sources[url]!.etag, '"v2"');

        const second = await pollOnce([url], first.state, ctx, 2);
        const [s2] = second.report.sources;
        assert.equal(s2!.status, 'not-modified');
        assert.equal(s2!.read, 0);
        assert.deepEqual(feed.served, { 200: 1, 304: 1, 500: 0 });
        assert.equal(feed.ifNoneMatch[1], '"v2"');

        feed.items.unshift(feedItem(3)); // new items come first, shifting the old ones down
        const third = await pollOnce([url], second.state, ctx, 3);
        const [s3] = third.report.sources;
        assert.equal(s3!.status, 'new');
        assert.equal(s3!.newItems, 1);
        assert.equal(s3!.articlesNew, 1);
        assert.equal(s3!.articlesExisting, 0); // the old items were not processed again
        assert.equal((await ctx.store.stats()).articles, 3);
      });
    });
  });
});

test('a feed URL without ETags: the same body again is nothing new, by items seen', async () => {
  await withTempDir(async (dir) => {
    await withFeedServer([feedItem(1)], async (feed) => {
      feed.etags = false;
      await withStore(dir, async (ctx) => {
        const url = `${feed.base}/feed.xml`;
        const first = await pollOnce([url], emptyWatchState(ctx.store.location), ctx);
        assert.equal(first.report.sources[0]!.articlesNew, 1);
        const second = await pollOnce([url], first.state, ctx, 2);
        assert.equal(second.report.sources[0]!.status, 'unchanged');
        assert.equal(feed.served[200], 2);
        assert.equal(feed.ifNoneMatch[1], undefined);
        // A new body whose items were all seen (only the channel changed) ingests nothing either.
        const state = { ...second.state, sources: { [url]: { ...second.state.sources[url]!, bodyHash: 'other' } } };
        const third = await pollOnce([url], state, ctx, 3);
        assert.equal(third.report.sources[0]!.status, 'unchanged');
        assert.equal(third.report.sources[0]!.read, 1);
      });
    });
  });
});

test('a feed that is down is one clear line; the folder beside it still works, and the feed catches up later', async () => {
  await withNewsFolder(async (dir, news) => {
    await writeArticle(join(news, 'a.txt'), 10);
    await withFeedServer([feedItem(1)], async (feed) => {
      feed.down = true;
      await withStore(dir, async (ctx) => {
        const url = `${feed.base}/feed.xml`;
        const first = await pollOnce([url, news], emptyWatchState(ctx.store.location), ctx);
        const [down, folder] = first.report.sources;
        assert.equal(down!.status, 'error');
        assert.equal(down!.error, `${url}: HTTP 500 Internal Server Error`);
        assert.equal(folder!.articlesNew, 1);
        assert.equal(first.report.errors, 1);

        feed.down = false;
        const second = await pollOnce([url, news], first.state, ctx, 2);
        assert.equal(second.report.sources[0]!.articlesNew, 1);
        assert.equal(second.report.sources[1]!.status, 'unchanged');
      });
    });
  });
});

test('a feed file: read only when it changed, and then only its new items are stored', async () => {
  await withTempDir(async (dir) => {
    const path = join(dir, 'wire.rss');
    await writeFile(path, rss([feedItem(1), feedItem(2)]));
    const { utimes } = await import('node:fs/promises');
    const age = async (): Promise<void> => utimes(path, new Date(Date.now() - 5000), new Date(Date.now() - 5000));
    await age();
    await withStore(dir, async (ctx) => {
      const first = await pollOnce([path], emptyWatchState(ctx.store.location), ctx);
      assert.equal(first.report.sources[0]!.newItems, 2);
      assert.equal(first.report.sources[0]!.articlesNew, 2);
      const second = await pollOnce([path], first.state, ctx, 2);
      assert.equal(second.report.sources[0]!.read, 0);
      await writeFile(path, rss([feedItem(3), feedItem(1), feedItem(2)]));
      await age();
      const third = await pollOnce([path], second.state, ctx, 3);
      assert.equal(third.report.sources[0]!.newItems, 1);
      assert.equal(third.report.sources[0]!.articlesNew, 1);
      assert.equal(third.report.sources[0]!.articlesExisting, 0);
    });
  });
});

const keyCases: [name: string, item: string, key: string | RegExp][] = [
  ['an RSS guid', '<item><guid>g-1</guid><link>https://x/1</link><title>T</title></item>', 'g-1'],
  ['the link when there is no guid', '<item><link>https://x/2</link><title>T</title></item>', 'https://x/2'],
  ['a hash of title and date when there is neither', '<item><title>T</title><pubDate>Mon, 03 Mar 2025 10:00:00 GMT</pubDate><description>d</description></item>', /^sha256:[0-9a-f]{32}$/],
];
for (const [name, item, key] of keyCases) {
  test(`feedItemKeys: ${name}`, async () => {
    const [got] = await feedItemKeys(`<rss version="2.0"><channel><title>F</title>${item}</channel></rss>`);
    if (typeof key === 'string') assert.equal(got, key);
    else assert.match(got!, key);
  });
}

test('feedItemKeys: an Atom id; the same title on another date is another item', async () => {
  const atom = '<feed xmlns="http://www.w3.org/2005/Atom"><title>A</title><entry><id>urn:a:1</id><title>E</title></entry></feed>';
  assert.deepEqual(await feedItemKeys(atom), ['urn:a:1']);
  const one = (date: string): string => `<item><title>Same</title><pubDate>${date}</pubDate><description>d</description></item>`;
  const keys = await feedItemKeys(`<rss version="2.0"><channel><title>F</title>${one('Mon, 03 Mar 2025 10:00:00 GMT')}${one('Tue, 04 Mar 2025 10:00:00 GMT')}</channel></rss>`);
  assert.notEqual(keys[0], keys[1]);
});
