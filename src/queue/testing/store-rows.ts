import pg from 'pg';

/** The rows a store check needs: every page with its line count, every article with its page and text. */
export interface StoreRows {
  pages: { id: string; lines: number }[];
  articles: { id: string; page_id: string; text: string }[];
}

// A process killed before its migration committed leaves no tables: an empty store, not a broken one.
const HAS_TABLES_SQL = "SELECT to_regclass('public.articles') IS NOT NULL AS ok";
const PAGES_SQL = 'SELECT id, jsonb_array_length(lines)::int AS lines FROM pages';
const ARTICLES_SQL = 'SELECT id, page_id, text FROM articles';

/** A plain query on either database: pg's client and PGlite both answer `{ rows }`. */
type RowQuery = (sql: string) => Promise<{ rows: unknown[] }>;

async function readRows(query: RowQuery): Promise<StoreRows> {
  const [tables] = (await query(HAS_TABLES_SQL)).rows as { ok: boolean }[];
  if (!tables?.ok) return { pages: [], articles: [] };
  const pages = (await query(PAGES_SQL)).rows as StoreRows['pages'];
  const articles = (await query(ARTICLES_SQL)).rows as StoreRows['articles'];
  return { pages, articles };
}

/** Reads the rows from PostgreSQL with a plain client, not through the store under test. */
export async function readPostgresRows(databaseUrl: string): Promise<StoreRows> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return await readRows((sql) => client.query(sql));
  } finally {
    await client.end();
  }
}

/** Opens a PGlite data folder directly and reads the rows; throws what PGlite throws if it cannot open it. */
export async function readPgliteRows(dataDir: string): Promise<StoreRows> {
  const { PGlite } = await import('@electric-sql/pglite');
  const db = await PGlite.create(dataDir);
  try {
    return await readRows((sql) => db.query(sql));
  } finally {
    await db.close();
  }
}
