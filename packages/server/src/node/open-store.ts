/**
 * Opens a store from a `--db` spec. Each driver (better-sqlite3, pg: optional peer
 * dependencies) is loaded only when its store is asked for.
 */
import { resolve } from 'node:path';
import type { ProofStore } from '../stores/types.js';

/**
 * Default database: an SQLite file under ./data.
 * @example await openStore(process.env.COOKIEGATE_DB ?? DEFAULT_DB)
 */
export const DEFAULT_DB = 'sqlite:./data/proofs.db';

/**
 * Options of {@link openStore}.
 * @example await openStore('sqlite:./data/proofs.db', { sqliteSynchronous: 'FULL' })
 */
export interface OpenStoreOptions {
  /** SQLite `synchronous` (default NORMAL, or COOKIEGATE_SQLITE_SYNC). */
  sqliteSynchronous?: 'NORMAL' | 'FULL';
  /** Run SQLite on a worker thread (default) or the main thread (COOKIEGATE_SQLITE_THREAD=main). */
  sqliteThread?: 'worker' | 'main';
}

/**
 * Opens and initialises the store a spec names: `sqlite:<file>` (or a bare path) or `postgres://…`.
 * @example
 * const store = await openStore('sqlite:./data/proofs.db');
 * const pgStore = await openStore('postgres://app:secret@db/cookiegate');
 * const durable = await openStore('sqlite:./data/proofs.db', { sqliteSynchronous: 'FULL' }); // or COOKIEGATE_SQLITE_SYNC=FULL
 */
export async function openStore(spec: string = DEFAULT_DB, options: OpenStoreOptions = {}): Promise<ProofStore> {
  if (/^postgres(ql)?:\/\//.test(spec)) {
    const { PostgresStore } = await import('../stores/postgres/index.js');
    const store = new PostgresStore({ connectionString: spec });
    await store.init();
    return store;
  }
  const path = spec.startsWith('sqlite:') ? spec.slice('sqlite:'.length) : spec;
  if (!path) throw new Error(`bad --db value: ${spec}`);
  const sync =
    options.sqliteSynchronous ?? (process.env.COOKIEGATE_SQLITE_SYNC?.toUpperCase() === 'FULL' ? 'FULL' : 'NORMAL');
  const opts = { path: path === ':memory:' ? path : resolve(path), synchronous: sync } as const;
  // Default: on a worker thread, so commits never block request handling.
  const thread = options.sqliteThread ?? (process.env.COOKIEGATE_SQLITE_THREAD === 'main' ? 'main' : 'worker');
  const { SqliteStore, SqliteWorkerStore } = await import('../stores/sqlite/index.js');
  const store: ProofStore = thread === 'main' ? new SqliteStore(opts) : new SqliteWorkerStore(opts);
  await store.init();
  return store;
}
