import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Article } from '../model/article.js';
import type { ArticleLayer } from '../model/article-layer.js';
import { encodeLayer } from '../pipeline/article-layer.js';
import type { ClassifiedLine } from '../model/line.js';
import type { Page } from '../model/page.js';
import type { OpenStoreOptions, ParleyStore } from './store.js';
import type { Db } from './db.js';
import { openStore } from './open-store.js';
import { openPgliteDb } from './pglite-db.js';
import { openPostgresDb } from './postgres-db.js';
import { migrate, migrations } from './migrations.js';
import { startThrowawayPostgres } from './testing/pg-cluster.js';

// ---- fixtures -------------------------------------------------------------------------

interface Fixture {
  page: Page;
  lines: ClassifiedLine[];
  articles: Article[];
}

interface ArticleSpec {
  body: string;
  outlet?: string | null;
  published?: string | null;
  publishedBasis?: Article['publishedBasis'];
}

const hashId = (prefix: string, text: string) => `${prefix}_${createHash('sha256').update(text).digest('hex').slice(0, 16)}`;

// Curly quotes, an emoji with a skin-tone modifier, and U+2028, which JSON and JS treat differently.
const TRICKY = '“We are close to a deal,” the envoy said — ‘for now’. 🤝🏽\u2028Talks resume Monday.';

function body(key: string, n = 0, filler = 0): string {
  return `${key} ${n}: ${TRICKY}${' Officials met again.'.repeat(filler)}`;
}

/** A page whose articles are `specs`, laid out one after another, with offsets that hold. */
function fixture(source: string, specs: ArticleSpec[]): Fixture {
  const text = specs.map((s) => s.body).join('\n\n');
  const page: Page = {
    id: hashId('page', `${source}\u0000${text}`),
    source,
    format: 'text',
    text,
    given: { url: `https://example.org/${encodeURIComponent(source)}`, outlet: 'Given Outlet', title: null, published: null, author: null },
    bytes: Buffer.byteLength(text),
  };
  let offset = 0;
  const lines: ClassifiedLine[] = [];
  const articles = specs.map((s, segment): Article => {
    const start = offset;
    const end = start + s.body.length;
    offset = end + 2;
    lines.push({ start, end, text: s.body, kind: 'body', rule: null });
    const outlet = s.outlet === undefined ? 'Reuters' : s.outlet;
    const published = s.published === undefined ? null : s.published;
    return {
      id: hashId('art', s.body),
      pageId: page.id,
      source,
      segment,
      pageStart: start,
      pageEnd: end,
      outlet,
      title: `Title of ${source} #${segment}`,
      url: null,
      byline: 'By Ana Núñez',
      published,
      publishedBasis: s.publishedBasis ?? (published ? 'printed' : 'unknown'),
      evidence: {
        outlet: outlet ? { rule: 'outlet-given', text: outlet, note: null } : null,
        title: null,
        byline: { rule: 'byline-by', text: 'By Ana Núñez', note: 'a “quoted” note' },
        published: published ? { rule: 'date-printed', text: published, note: null } : null,
      },
      text: s.body,
      removed: [{ text: 'Sign up for our newsletter ✉️', kind: 'signup', rule: 'signup-cta' }],
      duplicateOf: null,
      derivedFrom: segment > 0 ? hashId('art', specs[0]!.body) : null,
    };
  });
  return { page, lines, articles };
}

/** The order listArticles promises: published (undated last), source, segment, id. */
function byListOrder(a: Article, b: Article): number {
  if (a.published !== b.published) {
    if (a.published === null) return 1;
    if (b.published === null) return -1;
    return a.published < b.published ? -1 : 1;
  }
  if (a.source !== b.source) return a.source < b.source ? -1 : 1;
  if (a.segment !== b.segment) return a.segment - b.segment;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

// ---- backends -------------------------------------------------------------------------

interface Backend {
  name: string;
  setUp(): Promise<{ options: OpenStoreOptions; openDb(): Promise<Db>; tearDown(): Promise<void> }>;
}

const backends: Backend[] = [
  {
    name: 'PGlite',
    setUp: async () => {
      const root = await mkdtemp(join(tmpdir(), 'parley-pglite-'));
      const dataDir = join(root, 'db');
      return {
        options: { dataDir },
        openDb: () => openPgliteDb(dataDir),
        tearDown: () => rm(root, { recursive: true, force: true }),
      };
    },
  },
  {
    name: 'PostgreSQL',
    setUp: async () => {
      const cluster = await startThrowawayPostgres();
      return { options: { databaseUrl: cluster.url }, openDb: () => openPostgresDb(cluster.url), tearDown: () => cluster.stop() };
    },
  },
];

// ---- the contract ---------------------------------------------------------------------

for (const backend of backends) {
  describe(`store contract on ${backend.name}`, () => {
    let env: Awaited<ReturnType<Backend['setUp']>> | undefined;
    let store: ParleyStore | undefined;
    let openMs = 0;
    /** Every article saved so far, first save wins: the oracle the reads are checked against. */
    const saved = new Map<string, Article>();
    const remember = (f: Fixture) => f.articles.forEach((a) => saved.has(a.id) || saved.set(a.id, a));
    const theStore = () => {
      assert.ok(store, 'store is open');
      return store;
    };

    before(async () => {
      env = await backend.setUp();
      const t0 = performance.now();
      store = await openStore(env.options);
      openMs = performance.now() - t0;
    });

    after(async () => {
      try {
        await store?.close();
      } finally {
        await env?.tearDown();
      }
    });

    const first = fixture('wire/first.txt', [
      { body: body('first', 0), published: '2025-03-01' },
      { body: body('first', 1), outlet: null },
    ]);

    it('saves a page with its articles and reads them back equal', async (t) => {
      t.diagnostic(`open (new) ${openMs.toFixed(0)} ms`);
      const s = theStore();
      assert.equal(s.kind, backend.name === 'PGlite' ? 'pglite' : 'postgres');
      assert.deepEqual(await s.savePage(first.page, first.lines, first.articles), { pageNew: true, articlesNew: 2, articlesExisting: 0 });
      remember(first);
      assert.equal(await s.hasPage(first.page.id), true);
      assert.equal(await s.hasPage('page_missing'), false);
      for (const a of first.articles) assert.deepEqual(await s.getArticle(a.id), a);
      assert.equal(await s.getArticle('art_missing'), null);
      assert.deepEqual(await s.stats(), { pages: 1, articles: 2 });
    });

    it('saving the same page twice stores nothing new and says so', async () => {
      const s = theStore();
      assert.deepEqual(await s.savePage(first.page, first.lines, first.articles), { pageNew: false, articlesNew: 0, articlesExisting: 2 });
      assert.deepEqual(await s.stats(), { pages: 1, articles: 2 });
    });

    it('stores an article that is on two different pages once, under the first page', async () => {
      const s = theStore();
      const shared = first.articles[0]!;
      const second = fixture('wire/second.txt', [{ body: shared.text, published: '2025-03-01' }, { body: body('second', 1) }]);
      assert.deepEqual(await s.savePage(second.page, second.lines, second.articles), { pageNew: true, articlesNew: 1, articlesExisting: 1 });
      remember(second);
      assert.deepEqual(await s.getArticle(shared.id), shared);
      assert.deepEqual(await s.stats(), { pages: 2, articles: 3 });
    });

    it('credits a page or article repeated within one batch to its first occurrence', async () => {
      const s = theStore();
      const twice = fixture('wire/twice.txt', [{ body: body('twice', 0) }, { body: body('twice', 1) }]);
      assert.deepEqual(await s.savePages([twice, twice]), [
        { pageNew: true, articlesNew: 2, articlesExisting: 0 },
        { pageNew: false, articlesNew: 0, articlesExisting: 2 },
      ]);
      remember(twice);
      assert.deepEqual(await s.savePages([]), []);
    });

    it('stores nothing of a page whose article breaks a constraint, and earlier data stays whole', async () => {
      const s = theStore();
      const before = await s.stats();
      const bad = fixture('wire/bad.txt', [{ body: body('bad', 0) }, { body: body('bad', 1), publishedBasis: 'bogus' as never }]);
      await assert.rejects(s.savePage(bad.page, bad.lines, bad.articles), { name: 'StoreError', code: 'E_STORE_WRITE' });
      assert.equal(await s.hasPage(bad.page.id), false);
      assert.equal(await s.getArticle(bad.articles[0]!.id), null);
      // A good page in the same batch as a bad one goes down with it: one transaction per batch.
      const good = fixture('wire/good.txt', [{ body: body('good', 0) }]);
      await assert.rejects(s.savePages([good, bad]), { code: 'E_STORE_WRITE' });
      assert.equal(await s.hasPage(good.page.id), false);
      assert.deepEqual(await s.stats(), before);
      for (const a of first.articles) assert.deepEqual(await s.getArticle(a.id), a);
      // The store still works after the rollback.
      assert.deepEqual(await s.savePage(good.page, good.lines, good.articles), { pageNew: true, articlesNew: 1, articlesExisting: 0 });
      remember(good);
    });

    it('filters by outlet and by publication date, undated last', async () => {
      const s = theStore();
      const dated = fixture('desk/filters.txt', [
        { body: body('filters', 0), outlet: 'Filter Times', published: '2025-03-03' },
        { body: body('filters', 1), outlet: 'Filter Times', published: null },
        { body: body('filters', 2), outlet: 'Filter Times', published: '2025-02-27' },
        { body: body('filters', 3), outlet: 'Filter Post', published: '2025-03-02' },
        { body: body('filters', 4), outlet: 'Filter Post', published: '2025-03-05' },
      ]);
      await s.savePage(dated.page, dated.lines, dated.articles);
      remember(dated);
      const all = [...saved.values()];
      const ids = (articles: Article[]) => articles.map((a) => a.id);
      const expect = (keep: (a: Article) => boolean) => ids(all.filter(keep).sort(byListOrder));
      const cases: [string, Parameters<ParleyStore['listArticles']>[0], (a: Article) => boolean][] = [
        ['no filter', undefined, () => true],
        ['outlet', { outlet: 'Filter Times' }, (a) => a.outlet === 'Filter Times'],
        ['unknown outlet', { outlet: 'Nobody' }, () => false],
        ['since', { since: '2025-03-02' }, (a) => a.published !== null && a.published >= '2025-03-02'],
        ['until', { until: '2025-03-01' }, (a) => a.published !== null && a.published <= '2025-03-01'],
        ['since and until, inclusive', { since: '2025-03-01', until: '2025-03-03' }, (a) => a.published !== null && a.published >= '2025-03-01' && a.published <= '2025-03-03'],
        ['outlet and since', { outlet: 'Filter Post', since: '2025-03-03' }, (a) => a.outlet === 'Filter Post' && a.published !== null && a.published >= '2025-03-03'],
      ];
      for (const [name, filter, keep] of cases) assert.deepEqual(ids(await s.listArticles(filter)), expect(keep), name);
      assert.deepEqual(ids(await s.listArticles({ limit: 2 })), expect(() => true).slice(0, 2), 'limit');
      const times = await s.listArticles({ outlet: 'Filter Times' });
      assert.deepEqual(times.map((a) => a.published), ['2025-02-27', '2025-03-03', null]);
      await assert.rejects(s.listArticles({ since: '3 March' }), { code: 'E_STORE_FILTER' });
      await assert.rejects(s.listArticles({ limit: -1 }), { code: 'E_STORE_FILTER' });
    });

    it('savePages stores a batch of 500 pages in one go and reads every article back', async (t) => {
      const s = theStore();
      const before = await s.stats();
      const batch = Array.from({ length: 500 }, (_, i) =>
        fixture(`bulk/${String(i).padStart(3, '0')}.txt`, [0, 1, 2].map((n) => ({
          body: body(`bulk-${i}`, n, 100),
          published: n === 2 ? null : `2024-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
        }))),
      );
      const t0 = performance.now();
      const results = await s.savePages(batch);
      const seconds = (performance.now() - t0) / 1000;
      t.diagnostic(`savePages: 500 pages, 1500 articles in ${(seconds * 1000).toFixed(0)} ms = ${Math.round(1500 / seconds)} articles/s`);
      batch.forEach(remember);
      assert.equal(results.length, 500);
      assert.ok(results.every((r) => r.pageNew && r.articlesNew === 3 && r.articlesExisting === 0));
      assert.deepEqual(await s.stats(), { pages: before.pages + 500, articles: before.articles + 1500 });
      const stored = new Map((await s.listArticles()).map((a) => [a.id, a]));
      for (const a of batch.flatMap((f) => f.articles)) assert.deepEqual(stored.get(a.id), a);
    });

    it("keeps every stored article's text byte-equal to what was saved", async () => {
      const stored = await theStore().listArticles();
      assert.equal(stored.length, saved.size);
      for (const a of stored) {
        const original = saved.get(a.id);
        assert.ok(original, `unexpected article ${a.id}`);
        assert.ok(Buffer.from(a.text, 'utf8').equals(Buffer.from(original.text, 'utf8')), `text of ${a.id} changed`);
        assert.ok(a.text.includes('\u2028') && a.text.includes('🤝🏽') && a.text.includes('“'));
      }
    });

    it('stores article layers with their page in one transaction and lists only the asked version', async () => {
      const s = theStore();
      const layered = fixture('wire/layered.txt', [{ body: body('layered', 0) }, { body: body('layered', 1) }]);
      const layers: ArticleLayer[] = layered.articles.map((a, i) => ({
        article: a.id, version: 'v1', sentences: [{ start: 0, end: a.text.length, tokenStart: 0, tokenEnd: 1, rule: 'test' }],
        tokens: [[0, 7, 'NOUN']], ...(i === 1 ? { failure: { stage: 'quotes', message: 'boom' } } : {}),
      }));
      await s.savePages([{ ...layered, layers: layers.map(encodeLayer) }]);
      remember(layered);
      const v1 = await s.listLayers('v1');
      for (const l of layers) assert.deepEqual(v1.get(l.article), l);
      assert.equal((await s.listLayers('v2')).size, 0, 'a layer of another version is stale, never listed');
      const texts = await s.listLayerTexts('v1');
      assert.deepEqual([...texts.keys()].sort(), layers.map((l) => l.article).sort(), 'the texts are keyed by their article');
      for (const l of layers) assert.deepEqual(JSON.parse(texts.get(l.article) ?? 'null'), l, 'each text is the stored layer');
      // A new version replaces the old; the same version again changes nothing.
      const v2 = { ...layers[0]!, version: 'v2', tokens: [[0, 3, 'VERB']] as [number, number, string][] };
      await s.saveLayers([encodeLayer(v2)]);
      await s.saveLayers([encodeLayer({ ...v2, tokens: [] })]);
      assert.deepEqual((await s.listLayers('v2')).get(v2.article), v2);
      assert.equal((await s.listLayers('v1')).has(v2.article), false);
    });

    it('caches built models as bytes by key, keeping the newest few', async () => {
      const s = theStore();
      assert.equal(await s.getCachedModel('k0'), null);
      const bytes = (n: number) => Uint8Array.from({ length: 1000 }, (_, i) => (i * 7 + n) % 256);
      await s.putCachedModel('k0', bytes(0));
      assert.deepEqual(await s.getCachedModel('k0'), bytes(0), 'every byte back, zeros and high bytes too');
      await s.putCachedModel('k0', bytes(1));
      assert.deepEqual(await s.getCachedModel('k0'), bytes(1), 'a key cached again holds the new model');
      for (const k of ['k1', 'k2', 'k3', 'k4']) {
        await new Promise((r) => setTimeout(r, 5));
        await s.putCachedModel(k, bytes(2));
      }
      assert.equal(await s.getCachedModel('k0'), null, 'the oldest of five is dropped');
      for (const k of ['k1', 'k2', 'k3', 'k4']) assert.deepEqual(await s.getCachedModel(k), bytes(2), k);
    });

    it('refuses a layer of an article that is not stored, and stores none of its batch', async () => {
      const s = theStore();
      const stored = first.articles[0]!.id;
      await assert.rejects(s.saveLayers([encodeLayer({ article: stored, version: 'orphan' }), encodeLayer({ article: 'art_not_stored', version: 'orphan' })]), /could not save 2 article layer/);
      assert.equal((await s.listLayers('orphan')).size, 0, 'the good layer of the failed batch was not stored either');
    });

    it('keeps the data on reopening and applies no migration again', async (t) => {
      assert.ok(env);
      const stats = await theStore().stats();
      await theStore().close();
      store = undefined;
      const history = await readMigrations(env.openDb);
      assert.deepEqual(history.map((m) => m.version), migrations.map((m) => m.version));

      const t0 = performance.now();
      store = await openStore(env.options);
      t.diagnostic(`reopen ${(performance.now() - t0).toFixed(0)} ms`);
      assert.deepEqual(await store.stats(), stats);
      assert.deepEqual(await store.getArticle(first.articles[0]!.id), first.articles[0]);
      await store.close();
      store = undefined;

      assert.deepEqual(await readMigrations(env.openDb), history, 'schema_migrations unchanged by the reopen');
      const db = await env.openDb();
      try {
        assert.deepEqual(await migrate(db), []);
      } finally {
        await db.close();
      }
    });
  });
}

async function readMigrations(openDb: () => Promise<Db>) {
  const db = await openDb();
  try {
    return await db.query<{ version: number; name: string; applied_at: string }>(
      'SELECT version, name, applied_at::text AS applied_at FROM schema_migrations ORDER BY version',
    );
  } finally {
    await db.close();
  }
}

describe('openStore errors', () => {
  it('says where it could not connect, without the password', async () => {
    const err = await openStore({ databaseUrl: 'postgres://parley:s3cret@127.0.0.1:1/parley' }).then(
      () => assert.fail('connected to port 1'),
      (e: unknown) => e,
    );
    assert.ok(err instanceof Error);
    assert.equal((err as { code?: string }).code, 'E_STORE_CONNECT');
    assert.match((err as { hint?: string }).hint ?? '', /check --database-url/);
    assert.doesNotMatch(err.message, /s3cret/);
  });

  it('refuses to guess a location', async () => {
    await assert.rejects(openStore({}), { code: 'E_STORE_LOCATION' });
  });
});
