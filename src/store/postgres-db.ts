import pg from 'pg';
import type { Db, Queryable } from './db.js';
import { StoreError, messageOf } from './store-error.js';
import { redactUrl } from './redact-url.js';

/** Connects a pool to PostgreSQL and checks the connection works before handing it out. */
export async function openPostgresDb(databaseUrl: string): Promise<Db> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 4 });
  // An idle client losing its server must not crash the process; the next query reports it.
  pool.on('error', () => {});
  try {
    await pool.query('SELECT 1');
  } catch (err) {
    await pool.end().catch(() => {});
    throw new StoreError(
      'E_STORE_CONNECT',
      `cannot connect to PostgreSQL at ${redactUrl(databaseUrl)}: ${messageOf(err)}`,
      `is PostgreSQL running at ${redactUrl(databaseUrl)}? check --database-url (or PARLEY_DATABASE_URL)`,
      err,
    );
  }
  return {
    kind: 'postgres',
    ...wrap(pool),
    transaction: async (fn) => {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await fn(wrap(client));
        await client.query('COMMIT');
        return result;
      } catch (err) {
        await client.query('ROLLBACK').catch(() => {});
        throw err;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

function wrap(q: pg.Pool | pg.PoolClient): Queryable {
  return {
    query: async <T>(sql: string, params: readonly unknown[] = []) =>
      (await q.query<T & pg.QueryResultRow>(sql, [...params])).rows,
    exec: async (sql: string) => {
      await q.query(sql);
    },
  };
}
