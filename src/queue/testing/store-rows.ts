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

/** Reads the rows from PostgreSQL with a plain client, not through the store under test. */
export async function readPostgresRows(databaseUrl: string): Promise<StoreRows> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    if (!(await client.query<{ ok: boolean }>(HAS_TABLES_SQL)).rows[0]?.ok) return { pages: [], articles: [] };
    const pages = (await client.query<StoreRows['pages'][number]>(PAGES_SQL)).rows;
    const articles = (await client.query<StoreRows['articles'][number]>(ARTICLES_SQL)).rows;
    return { pages, articles };
  } finally {
    await client.end();
  }
}

/** Opens a PGlite data folder directly and reads the rows; throws what PGlite throws if it cannot open it. */
export async function readPgliteRows(dataDir: string): Promise<StoreRows> {
  const { PGlite } = await import('@electric-sql/pglite');
  const db = await PGlite.create(dataDir);
  try {
    if (!(await db.query<{ ok: boolean }>(HAS_TABLES_SQL)).rows[0]?.ok) return { pages: [], articles: [] };
    const pages = (await db.query<StoreRows['pages'][number]>(PAGES_SQL)).rows;
    const articles = (await db.query<StoreRows['articles'][number]>(ARTICLES_SQL)).rows;
    return { pages, articles };
  } finally {
    await db.close();
  }
}
