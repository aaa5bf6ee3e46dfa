/**
 * Opens a store from a `--db` spec. PostgreSQL (and pg) is loaded lazily.
 */
import { resolve } from 'node:path';
import { SqliteWorkerStore } from './stores/sqlite-thread.js';
import type { ProofStore } from './stores/types.js';

/**
 * Default database: an SQLite file under ./data.
 * @example await openStore(process.env.COOKIEGATE_DB ?? DEFAULT_DB)
 */
export const DEFAULT_DB = 'sqlite:./data/proofs.db';

/**
 * @example
 * const store = await openStore('sqlite:./data/proofs.db');
 * const pgStore = await openStore('postgres://app:secret@db/cookiegate');
 * const durable = await openStore('sqlite:./data/proofs.db', { sqliteSynchronous: 'FULL' }); // or COOKIEGATE_SQLITE_SYNC=FULL
 */
export async function openStore(
  spec: string = DEFAULT_DB,
  options: { sqliteSynchronous?: 'NORMAL' | 'FULL' } = {},
): Promise<ProofStore> {
  if (/^postgres(ql)?:\/\//.test(spec)) {
    const { PostgresStore } = await import('./stores/postgres.js');
    const store = new PostgresStore({ connectionString: spec });
    await store.init();
    return store;
  }
  const path = spec.startsWith('sqlite:') ? spec.slice('sqlite:'.length) : spec;
  if (!path) throw new Error(`bad --db value: ${spec}`);
  const sync = options.sqliteSynchronous ?? (process.env.COOKIEGATE_SQLITE_SYNC?.toUpperCase() === 'FULL' ? 'FULL' : 'NORMAL');
  // On a worker thread: commits never block request handling.
  const store = new SqliteWorkerStore({ path: path === ':memory:' ? path : resolve(path), synchronous: sync });
  await store.init();
  return store;
}
