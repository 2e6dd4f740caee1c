import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openStore } from '../store/open-store.js';
import { StoreError } from '../store/store-error.js';
import { IngestResponse } from './api/ingest-outcome.js';
import { createCorpusTemplate, type CorpusTemplate, type TestServer } from './testing/served-corpus.js';

const TOKEN = 'hostile-test-token';
const DROP = "'; DROP TABLE articles; --";
const HOSTILE = [DROP, "x' OR '1'='1", 'Robert"); DELETE FROM pages; --', "O'Brien & \"Sons\" \\ $1 ${x} %_"] as const;

describe('hostile strings are data: through ingest, page filters and store filters, and the tables stay intact', () => {
  let corpus: CorpusTemplate;
  let server: TestServer;
  before(async () => {
    corpus = await createCorpusTemplate();
    server = await corpus.serve({ apiToken: TOKEN });
  });
  after(async () => {
    await server.close().catch(() => {});
    corpus.remove();
  });

  it('records whose outlet, title and source name are SQL come back exactly as sent', async () => {
    const records = HOSTILE.map((s, i) => JSON.stringify({ outlet: s, title: `${s} title`, published: '2025-05-0' + (i + 1), text: `Officials said on Monday that talk number ${i + 1} about the minerals deal went well, ${s}.` }));
    const res = await fetch(`${server.url}/api/ingest?name=${encodeURIComponent(DROP)}`, { method: 'POST', body: records.join('\n'), headers: { 'Content-Type': 'application/x-ndjson', Authorization: `Bearer ${TOKEN}` } });
    assert.equal(res.status, 200);
    const reply = IngestResponse.parse(await res.json());
    assert.equal(reply.articlesNew, HOSTILE.length);
    assert.ok(reply.stored.every((p) => p.source.startsWith(DROP)), 'the source name is kept as sent');
    const sources = (await (await fetch(`${server.url}/sources.json`)).json()) as { articles: { outlet: string | null; title: string | null; source: string }[] };
    for (const s of HOSTILE) {
      const row = sources.articles.find((a) => a.outlet === s);
      assert.ok(row, `outlet ${s} is listed as sent`);
      assert.equal(row.title, `${s} title`);
    }
    assert.equal(sources.articles.length, corpus.articles + HOSTILE.length);
  });

  it('hostile query strings on pages are answered as data or refused as bad input, never as a server error', async () => {
    for (const s of HOSTILE) {
      const q = encodeURIComponent(s);
      for (const path of [`/search.json?q=${q}`, `/quotes.json?speaker=${q}`, `/actors.json?kind=${q}`, `/index.json?asOf=${q}`, `/timeline.json?modality=${q}`, `/articles/${q}.json`, `/actors/${q}.json`]) {
        const res = await fetch(`${server.url}${path}`);
        assert.ok([200, 400, 404].includes(res.status), `${path}: ${res.status}`);
        await res.arrayBuffer();
      }
    }
    const search = (await (await fetch(`${server.url}/search.json?q=${encodeURIComponent('DROP TABLE')}`)).json()) as { ok: boolean };
    assert.equal(search.ok, true);
  });

  it('the store: filters bind hostile values as parameters, and every table still holds its rows', async () => {
    await server.close();
    const store = await openStore({ dataDir: server.dataDir });
    try {
      for (const s of HOSTILE) {
        const found = await store.listArticles({ outlet: s });
        assert.deepEqual(found.map((a) => a.outlet), [s], `outlet filter ${s}`);
      }
      assert.deepEqual(await store.listArticles({ outlet: "' OR 1=1 --" }), [], 'an injected OR matches nothing');
      for (const bad of [DROP, "2025-01-01' OR '1'='1"]) {
        await assert.rejects(store.listArticles({ since: bad }), (e: unknown) => e instanceof StoreError && e.code === 'E_STORE_FILTER', `since ${bad}`);
        await assert.rejects(store.listArticles({ until: bad }), (e: unknown) => e instanceof StoreError && e.code === 'E_STORE_FILTER', `until ${bad}`);
      }
      assert.equal(await store.getArticle(DROP), null);
      assert.equal(await store.hasPage(DROP), false);
      const stats = await store.stats();
      assert.equal(stats.articles, corpus.articles + HOSTILE.length, 'articles intact');
      assert.ok(stats.pages > HOSTILE.length, 'pages intact');
      assert.equal((await store.listArticles()).length, stats.articles);
    } finally {
      await store.close();
    }
  });
});
