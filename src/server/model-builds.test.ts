import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { buildModel } from '../analysis/build-model.js';
import type { ServedModel } from '../analysis/model-thread.js';
import type { Article } from '../model/article.js';
import { createModelSource } from './data/model-source.js';
import { resolveConfig } from '../config.js';
import { openStore } from '../store/open-store.js';
import { startServer } from './serve.js';
import { createTestApp, type TestApp } from './testing/corpus-store.js';
import { createCorpusTemplate, type CorpusTemplate, type TestServer } from './testing/served-corpus.js';

/** A promise to settle by hand: a build that takes as long as the test says. */
function gate(): { open: () => void; fail: (why: string) => void; wait: Promise<void> } {
  let open = (): void => {};
  let fail = (_why: string): void => {};
  const wait = new Promise<void>((resolve, reject) => {
    open = resolve;
    fail = (why) => reject(new Error(why));
  });
  return { open, fail, wait };
}

describe('the server while a model builds (real HTTP, builds on their own thread)', () => {
  let corpus: CorpusTemplate;
  let server: TestServer;
  before(async () => {
    corpus = await createCorpusTemplate();
    server = await corpus.serve();
  });
  after(async () => {
    await server.close();
    corpus.remove();
  });

  it('answers from the current model while an as-of model is being built', async () => {
    const finished: string[] = [];
    const dated = fetch(`${server.url}/timeline.json?asOf=2025-02-20`).then(async (res) => {
      finished.push('dated');
      return { status: res.status, body: (await res.json()) as { asOf: { date: string | null } } };
    });
    // Asked once the dated page is in the server's hands (its build takes about a second), so a
    // build on the event loop would hold this answer until the build ended.
    await new Promise((r) => setTimeout(r, 100));
    const current = await fetch(`${server.url}/index.json`);
    finished.push('current');
    assert.equal(current.status, 200);
    const d = await dated;
    assert.equal(d.status, 200);
    assert.equal(d.body.asOf.date, '2025-02-20', 'the dated page is the model as of its date');
    assert.deepEqual(finished, ['current', 'dated'], 'the current page did not wait for the dated build');
  });
});

describe('a restarted server over an unchanged store', () => {
  let corpus: CorpusTemplate;
  before(async () => {
    corpus = await createCorpusTemplate();
  });
  after(() => corpus.remove());

  it('reads its model from the store\'s model cache instead of building it again', async () => {
    const first = await corpus.serve();
    const { dataDir } = first;
    await first.close();
    const start = () => startServer({ config: resolveConfig({ dataDir }), host: '127.0.0.1', port: 0, openStore: () => openStore({ dataDir }), modelCacheAfterMs: 0 });
    const building = await start();
    const built = building.source.current().model;
    await building.close();
    const reading = await start();
    try {
      const read = reading.source.current().model;
      // A build times its steps anew; a model read from the cache keeps its build's times.
      assert.deepEqual(read.stageMs, built.stageMs);
      assert.deepEqual({ ...read, stageMs: null }, { ...built, stageMs: null });
      const res = await fetch(`${reading.url}/index.json`);
      assert.equal(res.status, 200);
      assert.equal(((await res.json()) as { articles: { total: number } }).articles.total, corpus.articles);
    } finally {
      await reading.close();
    }
  });
});

describe('the model source: builds in order, the newest finished model served meanwhile', () => {
  let t: TestApp;
  let articles: Article[];
  before(async () => {
    t = await createTestApp();
    articles = await t.store.listArticles();
  });
  after(async () => t.close());

  it('keeps serving the model it has until a reload has built the next', async () => {
    let calls = 0;
    let hold = gate();
    hold.open();
    let list = articles.slice(0, 3);
    const source = await createModelSource(async () => list, async (kept): Promise<ServedModel> => {
      calls += 1;
      await hold.wait;
      return buildModel(kept);
    });
    assert.equal(source.current().model.articles.length, 3);
    hold = gate();
    list = articles;
    const reloading = source.reload();
    await new Promise((r) => setTimeout(r, 20));
    assert.equal(source.current().model.articles.length, 3, 'the old model while the new one builds');
    assert.equal((await source.view(null)).model.articles.length, 3, 'the undated view does not wait either');
    hold.open();
    await reloading;
    assert.equal(source.current().model.articles.length, articles.length, 'the new model once built');
    assert.equal(calls, 2);
  });

  it('builds a date once for every asker, and tries a failed date again on the next ask', async () => {
    let calls = 0;
    let hold = gate();
    hold.open();
    const source = await createModelSource(async () => articles, async (kept): Promise<ServedModel> => {
      calls += 1;
      await hold.wait;
      return buildModel(kept);
    });
    hold = gate();
    const first = source.view('2025-02-20');
    const second = source.view('2025-02-20');
    hold.fail('out of memory');
    await assert.rejects(first, /out of memory/);
    await assert.rejects(second, /out of memory/);
    assert.equal(calls, 2, 'one start-up build and one shared dated build');
    hold = gate();
    hold.open();
    const again = await source.view('2025-02-20');
    assert.equal(calls, 3, 'the failed date was built again');
    assert.ok(again.model.articles.length < articles.length, 'as of a date, later articles are left out');
    assert.equal(await source.view('2025-02-20'), again, 'and is now cached');
    assert.equal(calls, 3);
  });

  it('keeps the model it has when a reload fails', async () => {
    let fail = false;
    const source = await createModelSource(async () => articles, (kept) => {
      if (fail) throw new Error('the build ran out of memory');
      return buildModel(kept);
    });
    const before = source.current();
    fail = true;
    await assert.rejects(source.reload(), /ran out of memory/);
    assert.equal(source.current(), before);
  });
});
