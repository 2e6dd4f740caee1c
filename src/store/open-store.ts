import { resolve } from 'node:path';
import type { Article } from '../model/article.js';
import type { ArticleLayer } from '../model/article-layer.js';
import type { ArticleFilter, OpenStoreOptions, ParleyStore, StoreStats } from './store.js';
import type { Db } from './db.js';
import { openPgliteDb } from './pglite-db.js';
import { migrate } from './migrations.js';
import { redactUrl } from './redact-url.js';
import { saveLayers, savePages } from './save-pages.js';
import { articleQuery } from './article-query.js';
import { ARTICLE_COLUMNS, rowToArticle, type ArticleRow } from './article-row.js';
import { StoreError, messageOf } from './store-error.js';

/**
 * Opens the store: PostgreSQL when `databaseUrl` is given, else PGlite in `dataDir`
 * (created if missing). Migrations are applied before it is returned.
 * @example const store = await openStore({ dataDir: '.parley/db' });
 */
export async function openStore(opts: OpenStoreOptions): Promise<ParleyStore> {
  let db: Db;
  let location: string;
  if (opts.databaseUrl) {
    location = redactUrl(opts.databaseUrl);
    // Loaded only for PostgreSQL, so embedded use does not pay for the pg driver at start-up.
    const { openPostgresDb } = await import('./postgres-db.js');
    db = await openPostgresDb(opts.databaseUrl);
  } else if (opts.dataDir) {
    location = resolve(opts.dataDir);
    db = await openPgliteDb(location);
  } else {
    throw new StoreError('E_STORE_LOCATION', 'no place to store data: neither a database URL nor a data folder was given', 'pass --database-url postgres://… or --data-dir PATH');
  }
  try {
    await migrate(db);
  } catch (err) {
    await db.close().catch(() => {});
    throw err;
  }
  return createStore(db, location);
}

/** Built models kept in the cache: the whole corpus and a few as-of dates or issue configurations. */
const KEPT_MODELS = 4;

function createStore(db: Db, location: string): ParleyStore {
  return {
    kind: db.kind,
    location,
    hasPage: (pageId) => read('hasPage', async () => (await db.query('SELECT 1 FROM pages WHERE id = $1', [pageId])).length > 0),
    savePage: async (page, lines, articles, layers) => {
      const [result] = await savePages(db, [{ page, lines, articles, layers }]);
      if (!result) throw new StoreError('E_STORE_WRITE', `saving page ${page.source} returned no result`);
      return result;
    },
    savePages: (items) => savePages(db, items),
    listLayers: (version) =>
      read('listLayers', async () => {
        const rows = await db.query<{ layer: string }>('SELECT layer FROM article_layers WHERE version = $1', [version]);
        return new Map(rows.map((r) => {
          const layer = JSON.parse(r.layer) as ArticleLayer;
          return [layer.article, layer];
        }));
      }),
    getCachedModel: (key) =>
      read('getCachedModel', async () => {
        const [row] = await db.query<{ model: string }>('SELECT model FROM model_cache WHERE key = $1', [key]);
        return row ? new Uint8Array(Buffer.from(row.model, 'base64')) : null;
      }),
    putCachedModel: (key, model) =>
      db.transaction(async (tx) => {
        await tx.query('INSERT INTO model_cache (key, model) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET model = EXCLUDED.model, saved_at = now()', [key, Buffer.from(model).toString('base64')]);
        await tx.query('DELETE FROM model_cache WHERE key NOT IN (SELECT key FROM model_cache ORDER BY saved_at DESC, key LIMIT $1)', [KEPT_MODELS]);
      }).catch((err: unknown) => {
        throw new StoreError('E_STORE_WRITE', `could not cache the built model on ${location}: ${messageOf(err)}`, 'the articles are unchanged; the next read builds the model again', err);
      }),
    listLayerTexts: (version) =>
      read('listLayerTexts', async () => {
        const rows = await db.query<{ article_id: string; layer: string }>('SELECT article_id, layer FROM article_layers WHERE version = $1', [version]);
        return new Map(rows.map((r) => [r.article_id, r.layer]));
      }),
    saveLayers: (layers) => saveLayers(db, layers).catch((err: unknown) => {
      throw new StoreError('E_STORE_WRITE', `could not save ${layers.length} article layer(s) on ${location}: ${messageOf(err)}`, 'the articles themselves are unchanged', err);
    }),
    listArticles: async (filter?: ArticleFilter): Promise<Article[]> => {
      const { sql, params } = articleQuery(filter);
      return read('listArticles', async () => (await db.query<ArticleRow>(sql, params)).map(rowToArticle));
    },
    getArticle: (id) =>
      read('getArticle', async () => {
        const [row] = await db.query<ArticleRow>(`SELECT ${ARTICLE_COLUMNS} FROM articles WHERE id = $1`, [id]);
        return row ? rowToArticle(row) : null;
      }),
    stats: () =>
      read('stats', async (): Promise<StoreStats> => {
        // ::int because count() is bigint, which pg hands back as a string.
        const [row] = await db.query<StoreStats>(
          'SELECT (SELECT count(*) FROM pages)::int AS pages, (SELECT count(*) FROM articles)::int AS articles',
        );
        return row ?? { pages: 0, articles: 0 };
      }),
    close: () => db.close(),
  };

  async function read<T>(what: string, run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (err) {
      if (err instanceof StoreError) throw err;
      throw new StoreError('E_STORE_READ', `${what} failed on ${location}: ${messageOf(err)}`, 'is the database still reachable?', err);
    }
  }
}
