/**
 * A fresh store per test on each backend (SQLite file, PostgreSQL schema), for tests that run
 * the same scenario on both.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { inject } from 'vitest';
import { PostgresStore } from '../src/stores/postgres/postgres.js';
import { SqliteStore } from '../src/stores/sqlite/sqlite.js';
import type { ProofStore } from '../src/stores/types.js';

/** One backend: opens a fresh, empty store (not yet initialised) and disposes of its data. */
export type Backend = { name: string; open: () => Promise<OpenedBackend> };

/** A fresh store, plain SQL on its database (as a dishonest operator would use it), and clean-up. */
export interface OpenedBackend {
  store: ProofStore;
  /** Turns record `id` into a tombstone with plain SQL, bypassing the store; resolves with rows changed. */
  tombstoneBySql(id: string, reason: string): Promise<number>;
  /** Runs one SQL statement on the store's tables, bypassing the store; resolves with rows changed. */
  sql(text: string): Promise<number>;
  /** Another store on the same database (not yet initialised). */
  reopen(): ProofStore;
  dispose(): Promise<void>;
}
export const backends: Backend[] = [
  {
    name: 'SQLite',
    open: async () => {
      const dir = mkdtempSync(join(tmpdir(), 'cookiegate-store-'));
      const store = new SqliteStore({ path: join(dir, 'p.db') });
      return {
        store,
        tombstoneBySql: async (id, reason) =>
          store.database
            .prepare('UPDATE records SET body = NULL, consent = NULL, tombstone = ? WHERE id = ?')
            .run(reason, id).changes,
        sql: async (text) => {
          const db = new Database(join(dir, 'p.db'));
          try {
            return db.prepare(text).run().changes;
          } finally {
            db.close();
          }
        },
        reopen: () => new SqliteStore({ path: join(dir, 'p.db') }),
        dispose: async () => rmSync(dir, { recursive: true, force: true }),
      };
    },
  },
  {
    name: 'PostgreSQL',
    open: async () => {
      const schema = `t_${randomBytes(6).toString('hex')}`;
      const url = inject('pgUrl');
      const sql = async (text: string, params: unknown[] = []) => {
        const c = new pg.Client({ connectionString: url, options: `-c search_path=${schema}` });
        await c.connect();
        try {
          return (await c.query(text, params)).rowCount ?? 0;
        } finally {
          await c.end();
        }
      };
      return {
        store: new PostgresStore({ connectionString: url, schema }),
        sql: (text) => sql(text),
        reopen: () => new PostgresStore({ connectionString: url, schema }),
        tombstoneBySql: (id, reason) =>
          sql(`UPDATE ${schema}.records SET body = NULL, consent_id = NULL, tombstone = $1 WHERE id = $2`, [
            reason,
            id,
          ]),
        dispose: async () => {
          const c = new pg.Client({ connectionString: url });
          await c.connect();
          await c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
          await c.end();
        },
      };
    },
  },
];
