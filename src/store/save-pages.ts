import type { Page } from '../model/page.js';
import type { ClassifiedLine } from '../model/line.js';
import type { Article } from '../model/article.js';
import type { EncodedLayer } from '../model/article-layer.js';
import type { Db, Queryable } from './db.js';
import type { SaveResult } from './store.js';
import { articleToRow } from './article-row.js';
import { StoreError, messageOf } from './store-error.js';

export interface PageItem {
  page: Page;
  lines: ClassifiedLine[];
  articles: Article[];
  /** The articles' per-article back-half layers, stored in the same transaction. */
  layers?: EncodedLayer[];
}

// One statement per table per batch: the rows travel as one JSON parameter and
// json_to_recordset unpacks them. Row-at-a-time inserts run ~15× slower on PGlite.
// Rows go in id order, so two writers saving the same pages lock them in the same order and
// wait for each other instead of deadlocking.
const INSERT_PAGES = `
  INSERT INTO pages (id, source, format, bytes, text, given, lines)
  SELECT id, source, format, bytes, text, given, lines
  FROM json_to_recordset($1::json)
    AS r(id text, source text, format text, bytes integer, text text, given jsonb, lines jsonb)
  ORDER BY id
  ON CONFLICT (id) DO NOTHING
  RETURNING id`;

const INSERT_ARTICLES = `
  INSERT INTO articles (id, page_id, source, segment, page_start, page_end, outlet, title, url, byline,
                        published, published_basis, evidence, text, removed, duplicate_of, derived_from)
  SELECT id, page_id, source, segment, page_start, page_end, outlet, title, url, byline,
         published, published_basis, evidence, text, removed, duplicate_of, derived_from
  FROM json_to_recordset($1::json)
    AS r(id text, page_id text, source text, segment integer, page_start integer, page_end integer,
         outlet text, title text, url text, byline text, published date, published_basis text,
         evidence jsonb, text text, removed jsonb, duplicate_of text, derived_from text)
  ORDER BY id
  ON CONFLICT (id) DO NOTHING
  RETURNING id`;

// A layer already stored for an article is replaced only by one of another version.
const UPSERT_LAYERS = `
  INSERT INTO article_layers (article_id, version, layer)
  SELECT article_id, version, layer FROM json_to_recordset($1::json) AS r(article_id text, version text, layer text)
  ORDER BY article_id
  ON CONFLICT (article_id) DO UPDATE SET version = excluded.version, layer = excluded.layer
    WHERE article_layers.version <> excluded.version
  RETURNING article_id AS id`;

// Keeps one batch's JSON parameter well under what PGlite's memory comfortably holds.
const BATCH_CHARS = 16_000_000;
const BATCH_PAGES = 2_000;

/** Saves pages and their articles in batches, one transaction per batch: a batch is stored whole or not at all. */
export async function savePages(db: Db, items: readonly PageItem[]): Promise<SaveResult[]> {
  const results: SaveResult[] = [];
  for (const batch of batches(items)) {
    try {
      results.push(...(await db.transaction((tx) => saveBatch(tx, batch))));
    } catch (err) {
      const first = batch[0]?.page.source ?? '';
      throw new StoreError(
        'E_STORE_WRITE',
        `could not save ${batch.length} page(s) starting with ${first}; nothing of them was stored: ${messageOf(err)}`,
        'check the articles against the model (publishedBasis, published as YYYY-MM-DD, pageId of a saved page)',
        err,
      );
    }
  }
  return results;
}

async function saveBatch(tx: Queryable, batch: readonly PageItem[]): Promise<SaveResult[]> {
  // Lines are stored as offsets only: their text is a slice of the page text stored beside them.
  const pages = uniqueBy(batch.map((i) => ({ ...i.page, lines: i.lines.map(({ start, end, kind, rule }) => ({ start, end, kind, rule })) })), (p) => p.id);
  const articles = uniqueBy(batch.flatMap((i) => i.articles.map(articleToRow)), (a) => a.id);
  const newPages = await insertedIds(tx, INSERT_PAGES, pages);
  const newArticles = await insertedIds(tx, INSERT_ARTICLES, articles);
  await insertedIds(tx, UPSERT_LAYERS, layerRows(batch.flatMap((i) => i.layers ?? [])));
  // The first item naming an id gets the credit for storing it; later ones count it as existing.
  return batch.map(({ page, articles: own }) => {
    const pageNew = newPages.delete(page.id);
    let articlesNew = 0;
    for (const a of own) if (newArticles.delete(a.id)) articlesNew++;
    return { pageNew, articlesNew, articlesExisting: own.length - articlesNew };
  });
}

function layerRows(layers: readonly EncodedLayer[]): { article_id: string; version: string; layer: string }[] {
  return uniqueBy(layers, (l) => l.article).map((l) => ({ article_id: l.article, version: l.version, layer: l.json }));
}

/** Stores layers made after ingest (a store from before layers, or a new stage version), in batches of one transaction each. */
export async function saveLayers(db: Db, layers: readonly EncodedLayer[]): Promise<void> {
  for (let i = 0; i < layers.length; i += LAYER_BATCH) {
    const rows = layerRows(layers.slice(i, i + LAYER_BATCH));
    await db.transaction((tx) => insertedIds(tx, UPSERT_LAYERS, rows));
  }
}

const LAYER_BATCH = 500;

async function insertedIds(tx: Queryable, sql: string, rows: readonly object[]): Promise<Set<string>> {
  if (rows.length === 0) return new Set();
  const inserted = await tx.query<{ id: string }>(sql, [JSON.stringify(rows)]);
  return new Set(inserted.map((r) => r.id));
}

function uniqueBy<T>(rows: readonly T[], key: (row: T) => string): T[] {
  const byKey = new Map<string, T>();
  for (const r of rows) if (!byKey.has(key(r))) byKey.set(key(r), r);
  return [...byKey.values()];
}

function* batches(items: readonly PageItem[]): Generator<PageItem[]> {
  let batch: PageItem[] = [];
  let chars = 0;
  for (const item of items) {
    const size = item.page.text.length * 2 + item.articles.reduce((n, a) => n + a.text.length * 8, 0); // a layer's JSON is several times its text
    if (batch.length > 0 && (chars + size > BATCH_CHARS || batch.length >= BATCH_PAGES)) {
      yield batch;
      batch = [];
      chars = 0;
    }
    batch.push(item);
    chars += size;
  }
  if (batch.length > 0) yield batch;
}
