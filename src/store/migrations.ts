import type { Db } from './db.js';
import { StoreError, messageOf } from './store-error.js';

/**
 * Hand-written rather than node-pg-migrate and the like: those speak only to a pg client,
 * and these migrations must run unchanged on PGlite and on PostgreSQL through `Db`.
 * Append new versions; never edit one that has shipped.
 */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const migrations: readonly Migration[] = [
  {
    version: 1,
    name: 'pages and articles',
    sql: `
      CREATE TABLE pages (
        id text PRIMARY KEY,            -- content hash of the page
        source text NOT NULL,
        format text NOT NULL,
        bytes integer NOT NULL,
        text text NOT NULL,
        given jsonb NOT NULL,
        lines jsonb NOT NULL,
        ingested_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE TABLE articles (
        id text PRIMARY KEY,            -- content hash of the cleaned text
        page_id text NOT NULL REFERENCES pages (id),
        source text NOT NULL,
        segment integer NOT NULL CHECK (segment >= 0),
        page_start integer NOT NULL,
        page_end integer NOT NULL,
        outlet text,
        title text,
        url text,
        byline text,
        published date,
        published_basis text NOT NULL CHECK (published_basis IN ('given', 'printed', 'inferred', 'unknown')),
        evidence jsonb NOT NULL,
        text text NOT NULL,
        removed jsonb NOT NULL,
        duplicate_of text,
        derived_from text,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX articles_published_idx ON articles (published);
      CREATE INDEX articles_outlet_idx ON articles (outlet);
      CREATE INDEX articles_page_id_idx ON articles (page_id);
    `,
  },
  {
    version: 2,
    name: 'article layers',
    // The per-article back half's output, as JSON text: only Parley reads it, whole, so text
    // spares PostgreSQL the jsonb conversion on every write and read.
    sql: `
      CREATE TABLE article_layers (
        article_id text PRIMARY KEY REFERENCES articles (id),
        version text NOT NULL,
        layer text NOT NULL
      );
    `,
  },
  {
    version: 3,
    name: 'model cache',
    // Built models (gzip JSON) by the key of what they were built from: the cross-article steps
    // take seconds to minutes, and a read of an unchanged store need not repeat them. Base64
    // text, not bytea: PGlite took 1.9 s to store 6 MB as a bytea parameter, 0.13 s as text.
    sql: `
      CREATE TABLE model_cache (
        key text PRIMARY KEY,
        model text NOT NULL,
        saved_at timestamptz NOT NULL DEFAULT now()
      );
    `,
  },
];

// Serialises concurrent openers of one PostgreSQL database; any fixed number will do.
const MIGRATION_LOCK = 7_265_301;

/**
 * Applies every migration not yet recorded in `schema_migrations`, each in its own
 * transaction. Returns the versions it applied: none when the database is up to date.
 */
export async function migrate(db: Db, all: readonly Migration[] = migrations): Promise<number[]> {
  const applied: number[] = [];
  let current: Migration | null = null;
  try {
    await db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      await tx.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
        version integer PRIMARY KEY,
        name text NOT NULL,
        applied_at timestamptz NOT NULL DEFAULT now()
      )`);
    });
    for (const m of [...all].sort((a, b) => a.version - b.version)) {
      current = m;
      const done = await db.transaction(async (tx) => {
        await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
        // Checked under the lock, so a second process opening at the same time skips it.
        const rows = await tx.query<{ version: number }>('SELECT version FROM schema_migrations WHERE version = $1', [m.version]);
        if (rows.length > 0) return false;
        await tx.exec(m.sql);
        await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [m.version, m.name]);
        return true;
      });
      if (done) applied.push(m.version);
    }
  } catch (err) {
    const which = current ? `migration ${current.version} (${current.name})` : 'the schema_migrations table';
    throw new StoreError('E_STORE_MIGRATE', `could not apply ${which}: ${messageOf(err)}`, 'does the database user own the schema? is the database from a newer Parley?', err);
  }
  return applied;
}
