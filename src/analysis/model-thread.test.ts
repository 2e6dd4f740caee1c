import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { builtInCorpus } from '../cli/paths.js';
import { ingestInputs } from '../pipeline/ingest-run.js';
import { LAYER_VERSION } from '../pipeline/article-layer.js';
import { openStore } from '../store/open-store.js';
import type { Article } from '../model/article.js';
import type { ArticleLayer } from '../model/article-layer.js';
import { buildModel } from './build-model.js';
import { buildModelOffThread, readModelOffThread, type ServedModel } from './model-thread.js';
import { decodeModel } from './model-cache.js';

/** The model as a reader sees it: everything but how long each step took. */
const comparable = (m: ServedModel): string => JSON.stringify({ ...m, stageMs: null });

describe('a model built on its own thread', () => {
  let dir: string;
  let articles: Article[];
  let layerTexts: Map<string, string>;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'parley-model-thread-'));
    const store = await openStore({ dataDir: join(dir, 'data') });
    try {
      await ingestInputs([builtInCorpus], { store, batchSize: 200, ingest: {} });
      articles = await store.listArticles();
      layerTexts = await store.listLayerTexts(LAYER_VERSION);
    } finally {
      await store.close();
    }
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('is the model built on the calling thread, less the per-article documents', async () => {
    assert.equal(layerTexts.size, articles.length, 'every article was stored with its layer');
    const layers = new Map([...layerTexts].map(([id, text]) => [id, JSON.parse(text) as ArticleLayer]));
    const { docs, freshLayers, ...here } = buildModel(articles, { layers });
    assert.equal(docs.length, articles.length);
    assert.equal(freshLayers.length, 0, 'nothing was parsed again');
    const { model: there, encoded } = await buildModelOffThread({ articles, layerTexts });
    assert.equal(encoded, null, 'not encoded for the cache unless asked');
    assert.ok(there.quotes.length > 50 && there.events.length > 20, 'the model is not empty');
    assert.equal(comparable(there), comparable(here));
    assert.equal('docs' in there, false, 'the documents stay on the build thread');
  });

  it('parses articles stored without a layer there, with the same result', async () => {
    const layers = new Map([...layerTexts].map(([id, text]) => [id, JSON.parse(text) as ArticleLayer]));
    const { docs: _d, freshLayers: _f, ...here } = buildModel(articles, { layers });
    const { model: there } = await buildModelOffThread({ articles, layerTexts: new Map() });
    assert.equal(comparable(there), comparable(here));
  });

  it('encodes a model it built for the cache when asked, and reads a cached one back', async () => {
    const built = await buildModelOffThread({ articles, layerTexts, cacheAfterMs: 0 });
    assert.ok(built.encoded, 'encoded for the cache');
    assert.equal(comparable(decodeModel(built.encoded)), comparable(built.model));
    const read = await readModelOffThread(built.encoded);
    assert.ok(read);
    // A build would time its steps anew; the cached model keeps the times of its own build.
    assert.deepEqual(read.stageMs, built.model.stageMs);
    assert.equal(comparable(read), comparable(built.model));
    assert.equal(await readModelOffThread(new TextEncoder().encode('not a model')), null, 'an unreadable entry is a miss');
  });

  it('leaves the calling thread free while it builds', async () => {
    // A build on the calling thread would let no timer fire until it ended.
    let ticks = 0;
    const timer = setInterval(() => { ticks += 1; }, 5);
    const started = performance.now();
    await buildModelOffThread({ articles, layerTexts: new Map() });
    const ms = performance.now() - started;
    clearInterval(timer);
    assert.ok(ms > 50, `the build took ${ms.toFixed(0)} ms: long enough to tell`);
    assert.ok(ticks >= 5, `only ${ticks} timer ticks in a ${ms.toFixed(0)} ms build`);
  });

  it('reports a failed build as an error, and the caller goes on', async () => {
    const broken = [{ ...articles[0]!, text: undefined as unknown as string }];
    await assert.rejects(buildModelOffThread({ articles: broken, layerTexts: new Map() }), /the model build failed/);
    const again = await buildModelOffThread({ articles: articles.slice(0, 2), layerTexts });
    assert.equal(again.model.articles.length, 2);
  });
});
