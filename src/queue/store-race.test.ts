import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import pg from 'pg';
import { processPage } from '../pipeline/ingest-run.js';
import { readInputs } from '../stages/01-ingest/index.js';
import { openStore } from '../store/open-store.js';
import type { ParleyStore, SaveResult } from '../store/store.js';
import type { PageItem } from '../store/save-pages.js';
import { startThrowawayPostgres, type ThrowawayPostgres } from '../store/testing/pg-cluster.js';
import { freshPostgresStore, type FreshStore } from './testing/fresh-store.js';
import { corpusFolder } from './testing/article-folder.js';

// Workers deliver at least once, so two of them may save the same page at the same moment.
// These tests make the overlap certain: a trigger holds the first transaction open after its
// page rows are in, and a second store, started meanwhile, must wait on those rows.

/** Page items of the corpus (one page holds seven articles), through the real front half. */
async function corpusItems(): Promise<PageItem[]> {
  const items: PageItem[] = [];
  for await (const item of readInputs([corpusFolder])) {
    if (item.kind !== 'page') throw new Error(`corpus refused: ${item.issue.message}`);
    const { result } = processPage(item.page);
    if ('code' in result) throw new Error(result.message);
    items.push(result);
  }
  return items;
}

/** Makes every INSERT into pages sleep: per statement (`after`) or before each row (`before each row`). */
async function holdPageInserts(databaseUrl: string, when: 'after statement' | 'before each row', seconds: number): Promise<void> {
  const c = new pg.Client({ connectionString: databaseUrl });
  await c.connect();
  try {
    const timing = when === 'after statement' ? 'AFTER INSERT ON pages FOR EACH STATEMENT' : 'BEFORE INSERT ON pages FOR EACH ROW';
    await c.query(`CREATE FUNCTION test_hold() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN PERFORM pg_sleep(${seconds}); RETURN ${when === 'after statement' ? 'NULL' : 'NEW'}; END $$`);
    await c.query(`CREATE TRIGGER test_hold ${timing} EXECUTE FUNCTION test_hold()`);
  } finally {
    await c.end();
  }
}

/** Rows of pages and articles, counted by id and by text. */
async function counts(databaseUrl: string): Promise<{ pages: number; articles: number; articleTexts: number }> {
  const c = new pg.Client({ connectionString: databaseUrl });
  await c.connect();
  try {
    const { rows } = await c.query<{ pages: number; articles: number; article_texts: number }>(
      'SELECT (SELECT count(*) FROM pages)::int AS pages, (SELECT count(*) FROM articles)::int AS articles, (SELECT count(DISTINCT text) FROM articles)::int AS article_texts',
    );
    return { pages: rows[0]!.pages, articles: rows[0]!.articles, articleTexts: rows[0]!.article_texts };
  } finally {
    await c.end();
  }
}

/** True once some backend waits on a lock while inserting pages: proof the two writers overlapped. */
async function sawLockWait(databaseUrl: string, withinMs: number): Promise<boolean> {
  const c = new pg.Client({ connectionString: databaseUrl });
  await c.connect();
  try {
    for (const t0 = Date.now(); Date.now() - t0 < withinMs; await new Promise((r) => setTimeout(r, 20))) {
      const { rows } = await c.query("SELECT 1 FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE '%INSERT INTO pages%'");
      if (rows.length > 0) return true;
    }
    return false;
  } finally {
    await c.end();
  }
}

const settle = <T>(p: Promise<T>) => p.then((value) => ({ ok: true as const, value }), (error: unknown) => ({ ok: false as const, error }));

describe('the store under concurrent writers on PostgreSQL (at-least-once delivery relies on it)', () => {
  let cluster: ThrowawayPostgres;
  let items: PageItem[];
  const open: { db: FreshStore; stores: ParleyStore[] }[] = [];

  /** A fresh database with both stores migrated, then the hold trigger installed. */
  const twoStores = async (when: 'after statement' | 'before each row', seconds: number) => {
    const db = await freshPostgresStore(cluster.url);
    const a = await openStore({ databaseUrl: db.databaseUrl! });
    const b = await openStore({ databaseUrl: db.databaseUrl! });
    open.push({ db, stores: [a, b] });
    await holdPageInserts(db.databaseUrl!, when, seconds);
    return { url: db.databaseUrl!, a, b };
  };

  before(async () => {
    [cluster, items] = await Promise.all([startThrowawayPostgres(), corpusItems()]);
  });
  after(async () => {
    for (const o of open) {
      for (const s of o.stores) await s.close().catch(() => {});
      await o.db.drop().catch(() => {});
    }
    await cluster?.stop();
  });

  it('two transactions saving the same page and articles at once: one stores them, the other finds them, neither fails', async () => {
    const { url, a, b } = await twoStores('after statement', 1);
    const page = items.find((i) => i.articles.length > 1)!;
    const first = a.savePages([page]);
    const overlapped = sawLockWait(url, 900);
    await new Promise((r) => setTimeout(r, 150));
    const second = b.savePages([page]);
    const [ra, rb, waited] = await Promise.all([first, second, overlapped]);
    assert.ok(waited, 'the second transaction never waited on the first: the test did not make them overlap');
    assert.deepEqual(ra, [{ pageNew: true, articlesNew: page.articles.length, articlesExisting: 0 }]);
    assert.deepEqual(rb, [{ pageNew: false, articlesNew: 0, articlesExisting: page.articles.length }] satisfies SaveResult[]);
    assert.deepEqual(await counts(url), { pages: 1, articles: page.articles.length, articleTexts: page.articles.length });
  });

  it('when the first transaction dies after writing the page, the waiting one stores it all', async () => {
    const { url, a, b } = await twoStores('after statement', 1);
    const page = items.find((i) => i.articles.length > 1)!;
    // An article breaking a CHECK constraint makes the first batch fail after its page rows are in.
    const broken: PageItem = { ...page, articles: page.articles.map((x, i) => (i === 0 ? { ...x, publishedBasis: 'guessed' as never } : x)) };
    const first = settle(a.savePages([broken]));
    const overlapped = sawLockWait(url, 900);
    await new Promise((r) => setTimeout(r, 150));
    const second = b.savePages([page]);
    const [ra, rb, waited] = await Promise.all([first, second, overlapped]);
    assert.ok(waited, 'the second transaction never waited on the first');
    assert.equal(ra.ok, false, 'the broken batch should have failed');
    assert.deepEqual(rb, [{ pageNew: true, articlesNew: page.articles.length, articlesExisting: 0 }]);
    assert.deepEqual(await counts(url), { pages: 1, articles: page.articles.length, articleTexts: page.articles.length });
  });

  it('two batches naming the same pages in opposite orders: each stores all or nothing, and a retry completes the store', async () => {
    const { url, a, b } = await twoStores('before each row', 0.4);
    const pair = items.slice(0, 2);
    const [ra, rb] = await Promise.all([settle(a.savePages(pair)), settle(b.savePages([...pair].reverse()))]);
    const failed = [ra, rb].filter((r) => !r.ok);
    // Whatever the interleaving, a retry by the queue must finish the job.
    if (!ra.ok) await a.savePages(pair);
    if (!rb.ok) await b.savePages([...pair].reverse());
    const articles = new Set(pair.flatMap((i) => i.articles.map((x) => x.id))).size;
    assert.deepEqual(await counts(url), { pages: 2, articles, articleTexts: articles }, `after ${failed.length} failed batch(es)`);
  });

  it('two batches naming the same pages in opposite orders both succeed (no deadlock)', async () => {
    const { a, b } = await twoStores('before each row', 0.4);
    const pair = items.slice(0, 2);
    const [ra, rb] = await Promise.all([settle(a.savePages(pair)), settle(b.savePages([...pair].reverse()))]);
    const reasons = [ra, rb].filter((r) => !r.ok).map((r) => String((r as { error: unknown }).error));
    assert.deepEqual(reasons, []);
  });
});
