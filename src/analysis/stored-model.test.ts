import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { builtInCorpus } from '../cli/paths.js';
import { ingestInputs } from '../pipeline/ingest-run.js';
import { openStore } from '../store/open-store.js';
import type { ParleyStore } from '../store/store.js';
import { LAYER_VERSION } from '../pipeline/article-layer.js';
import { buildModel } from './build-model.js';
import { exportModel } from './export-model.js';
import { buildStoredModel } from './stored-model.js';

/** The export without its timestamp: what two builds of the same articles must agree on. */
const content = (model: Parameters<typeof exportModel>[0]) => ({ ...exportModel(model), generatedAt: '' });

describe('the model from stored layers', () => {
  let dir = '';
  let store: ParleyStore;

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'parley-layers-'));
  });
  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('ingest stores a layer per article, and the model built from them equals one built by parsing again', async () => {
    store = await openStore({ dataDir: join(dir, 'analysed') });
    try {
      await ingestInputs([builtInCorpus], { store, batchSize: 50, ingest: {} });
      const articles = await store.listArticles();
      const layers = await store.listLayers(LAYER_VERSION);
      assert.equal(layers.size, articles.length);
      const cached = await buildStoredModel(store, articles);
      assert.equal(cached.freshLayers.length, 0, 'nothing parsed again');
      assert.equal(cached.stageMs.language, undefined, 'the language stage did not run');
      assert.deepEqual(content(cached), content(buildModel(articles)));
    } finally {
      await store.close();
    }
  });

  it('a store ingested without layers gets them on its first read and reuses them after', async () => {
    store = await openStore({ dataDir: join(dir, 'bare') });
    try {
      await ingestInputs([builtInCorpus], { store, batchSize: 50, ingest: {}, analyse: false });
      const articles = await store.listArticles();
      assert.equal((await store.listLayers(LAYER_VERSION)).size, 0);
      const first = await buildStoredModel(store, articles);
      assert.equal(first.freshLayers.length, articles.length);
      assert.equal((await store.listLayers(LAYER_VERSION)).size, articles.length);
      const second = await buildStoredModel(store, articles);
      assert.equal(second.freshLayers.length, 0);
      assert.deepEqual(content(second), content(first));
    } finally {
      await store.close();
    }
  });
});
