import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolveConfig } from '../config.js';
import { ingestInputs } from '../pipeline/ingest-run.js';
import { openStore } from '../store/open-store.js';
import { startThrowawayPostgres, type ThrowawayPostgres } from '../store/testing/pg-cluster.js';
import { startServer, type RunningServer } from './serve.js';

const story = (n: number): string => `Talks resume in Geneva\n\nNegotiators from both sides met again on Tuesday, officials said. Round ${n} of the talks ended without a deal.\n`;

async function ingestStory(url: string, dir: string, n: number): Promise<void> {
  const file = join(dir, `story-${n}.txt`);
  await writeFile(file, story(n));
  const store = await openStore({ databaseUrl: url });
  try {
    await ingestInputs([file], { store, batchSize: 10, ingest: {} });
  } finally {
    await store.close();
  }
}

async function articleTotal(server: RunningServer): Promise<number> {
  const body = (await (await fetch(`${server.url}/index.json`)).json()) as { articles: { total: number } };
  return body.articles.total;
}

describe('parley serve --refresh: the dashboard follows writes from other processes', () => {
  let pg: ThrowawayPostgres;
  let dir = '';
  let server: RunningServer | undefined;

  before(async () => {
    pg = await startThrowawayPostgres();
    dir = await mkdtemp(join(tmpdir(), 'parley-refresh-'));
  });
  after(async () => {
    await server?.close();
    await pg.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it('reloads the model once the stored article count changes, and not before', async () => {
    await ingestStory(pg.url, dir, 1);
    const refreshed: unknown[] = [];
    server = await startServer({
      config: resolveConfig({ databaseUrl: pg.url }), host: '127.0.0.1', port: 0,
      openStore: () => openStore({ databaseUrl: pg.url }), refreshSeconds: 1, onRefresh: (o) => refreshed.push(o),
    });
    assert.equal(await articleTotal(server), 1);
    await new Promise((r) => setTimeout(r, 2_500));
    assert.deepEqual(refreshed, [], 'nothing changed, nothing reloaded');
    await ingestStory(pg.url, dir, 2);
    const deadline = Date.now() + 15_000;
    while (refreshed.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    assert.deepEqual(refreshed, [{ articles: 2 }]);
    assert.equal(await articleTotal(server), 2);
  });
});
