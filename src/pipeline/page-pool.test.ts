import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile, mkdir, cp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { builtInCorpus } from '../cli/paths.js';
import { openStore } from '../store/open-store.js';
import { LAYER_VERSION } from './article-layer.js';
import { ingestInputs } from './ingest-run.js';
import type { IngestSummary } from './run-events.js';

/** What a store holds after an ingest: articles and their layers, by id. */
async function ingestWith(workers: number, input: string, dataDir: string): Promise<{ summary: IngestSummary; articles: string[]; layers: Map<string, string> }> {
  const store = await openStore({ dataDir });
  try {
    const summary = await ingestInputs([input], { store, batchSize: 3, workers, ingest: {} });
    const articles = (await store.listArticles()).map((a) => JSON.stringify(a)).sort();
    const layers = new Map([...(await store.listLayers(LAYER_VERSION))].map(([id, l]) => [id, JSON.stringify(l)]));
    return { summary, articles, layers };
  } finally {
    await store.close();
  }
}

describe('ingest on worker threads', () => {
  let dir = '';
  let input = '';
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'parley-pool-'));
    input = join(dir, 'inputs');
    await mkdir(input);
    await cp(builtInCorpus, join(input, 'corpus'), { recursive: true });
    await writeFile(join(input, 'empty.txt'), '');
    await writeFile(join(input, 'binary.txt'), Buffer.from([0, 1, 2, 3, 0, 0, 255]));
  });
  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('stores the same articles and layers as one thread, and reports the same problems', async () => {
    const one = await ingestWith(0, input, join(dir, 'one'));
    const two = await ingestWith(2, input, join(dir, 'two'));
    assert.ok(one.articles.length >= 11, `the built-in corpus holds 11 articles, got ${one.articles.length}`);
    assert.deepEqual(two.articles, one.articles);
    assert.deepEqual(two.layers, one.layers);
    assert.equal(two.layers.size, two.articles.length, 'every article has its layer');
    const codes = (s: IngestSummary) => s.issues.map((i) => `${i.code} ${i.input.split('/').pop()}`).sort();
    assert.deepEqual(codes(two.summary), codes(one.summary));
    assert.deepEqual(codes(two.summary), ['E_BINARY binary.txt', 'E_EMPTY empty.txt']);
    assert.equal(two.summary.articlesNew, one.summary.articlesNew);
    assert.ok((two.summary.stageMs.language ?? 0) > 0, 'the workers report their stage times');
  });
});
