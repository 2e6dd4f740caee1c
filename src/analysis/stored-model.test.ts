import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { builtInCorpus } from '../cli/paths.js';
import { ingestInputs } from '../pipeline/ingest-run.js';
import { openStore } from '../store/open-store.js';
import type { ParleyStore } from '../store/store.js';
import type { Article } from '../model/article.js';
import { LAYER_VERSION } from '../pipeline/article-layer.js';
import { buildModel } from './build-model.js';
import { exportModel } from './export-model.js';
import { buildStoredModel } from './stored-model.js';
import { modelCacheKey } from './model-cache.js';
import { NO_ISSUES_CONFIG } from '../config/issues-config.js';

/** The export without its timestamp: what two builds of the same articles must agree on. */
const content = (model: Parameters<typeof exportModel>[0]) => ({ ...exportModel(model), generatedAt: '' });

describe('the model from stored layers', () => {
  let dir = '';
  let store: ParleyStore;

  /** A fresh store in its own folder holding the built-in corpus (with layers unless `analyse` is false), closed after `work`. */
  async function withCorpus(name: string, analyse: boolean, work: (articles: Article[]) => Promise<void>): Promise<void> {
    store = await openStore({ dataDir: join(dir, name) });
    try {
      await ingestInputs([builtInCorpus], { store, batchSize: 50, ingest: {}, analyse });
      await work(await store.listArticles());
    } finally {
      await store.close();
    }
  }

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'parley-layers-'));
  });
  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('ingest stores a layer per article, and the model built from them equals one built by parsing again', async () => {
    await withCorpus('analysed', true, async (articles) => {
      const layers = await store.listLayers(LAYER_VERSION);
      assert.equal(layers.size, articles.length);
      const cached = await buildStoredModel(store, articles);
      assert.equal(cached.freshLayers.length, 0, 'nothing parsed again');
      assert.equal(cached.stageMs.language, undefined, 'the language stage did not run');
      assert.deepEqual(content(cached), content(buildModel(articles)));
    });
  });

  it('a store ingested without layers gets them on its first read and reuses them after', async () => {
    await withCorpus('bare', false, async (articles) => {
      assert.equal((await store.listLayers(LAYER_VERSION)).size, 0);
      const first = await buildStoredModel(store, articles);
      assert.equal(first.freshLayers.length, articles.length);
      assert.equal((await store.listLayers(LAYER_VERSION)).size, articles.length);
      const second = await buildStoredModel(store, articles);
      assert.equal(second.freshLayers.length, 0);
      assert.deepEqual(content(second), content(first));
    });
  });

  it('a second read of an unchanged store comes from the model cache and equals a fresh build', async () => {
    await withCorpus('cached', true, async (articles) => {
      const built = await buildStoredModel(store, articles, { cacheAfterMs: 0 });
      assert.equal(built.stageMs.cached, undefined, 'the first read builds');
      assert.ok(built.stageMs.deal !== undefined);
      const read = await buildStoredModel(store, articles, { cacheAfterMs: 0 });
      assert.ok(read.stageMs.cached !== undefined, 'the second read comes from the cache');
      assert.deepEqual(content(read), content(built));
      assert.deepEqual(read.docs.map((d) => d.sentences), built.docs.map((d) => d.sentences), 'the documents are made again from the layers');
      assert.deepEqual(content(read), content(buildModel(articles)), 'and both equal a model built by parsing again');
      const bare = await buildStoredModel(store, articles, { withDocs: false });
      assert.ok(bare.stageMs.cached !== undefined);
      assert.equal(bare.docs.length, 0, 'a reader that needs no documents gets none');
      assert.deepEqual(content(bare), content(built));
    });
  });

  it('builds anew for other articles, another date, another issue configuration, or a cache entry it cannot read', async () => {
    await withCorpus('cache-keys', true, async (articles) => {
      const all = modelCacheKey(articles, {});
      assert.equal(modelCacheKey([...articles].reverse(), {}), all, 'the order articles come in does not matter');
      assert.equal(modelCacheKey(articles, { issues: NO_ISSUES_CONFIG }), all, 'the empty issue configuration is no configuration');
      assert.notEqual(modelCacheKey(articles.slice(1), {}), all);
      assert.notEqual(modelCacheKey(articles, { asOf: '2025-02-20' }), all);
      assert.notEqual(modelCacheKey(articles, { issues: { rename: { a: 'b' }, merge: [], add: [], drop: [] } }), all);
      await buildStoredModel(store, articles, { cacheAfterMs: 0 });
      const fewer = await buildStoredModel(store, articles.slice(1), { cacheAfterMs: 0 });
      assert.equal(fewer.stageMs.cached, undefined, 'one article fewer is built, not read');
      assert.equal(fewer.articles.length, articles.length - 1);
      await store.putCachedModel(all, new TextEncoder().encode('not a model'));
      const rebuilt = await buildStoredModel(store, articles, { cacheAfterMs: 0 });
      assert.equal(rebuilt.stageMs.cached, undefined, 'an unreadable entry is built again');
      assert.deepEqual(content(rebuilt), content(buildModel(articles)));
      assert.ok((await buildStoredModel(store, articles)).stageMs.cached !== undefined, 'and cached again');
    });
  });

  it('does not cache a quick build', async () => {
    await withCorpus('quick', true, async (articles) => {
      await buildStoredModel(store, articles, { cacheAfterMs: 60_000 });
      assert.equal(await store.getCachedModel(modelCacheKey(articles, {})), null);
    });
  });
});
