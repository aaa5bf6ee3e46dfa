/**
 * Opens a store from a `--db` spec. PostgreSQL (and pg) is loaded lazily.
 */
import { resolve } from 'node:path';
import { SqliteStore } from '../stores/sqlite/sqlite.js';
import { SqliteWorkerStore } from '../stores/sqlite/thread.js';
import type { ProofStore } from '../stores/types.js';

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
  options: { sqliteSynchronous?: 'NORMAL' | 'FULL'; sqliteThread?: 'worker' | 'main' } = {},
): Promise<ProofStore> {
  if (/^postgres(ql)?:\/\//.test(spec)) {
    const { PostgresStore } = await import('../stores/postgres/postgres.js');
    const store = new PostgresStore({ connectionString: spec });
    await store.init();
    return store;
  }
  const path = spec.startsWith('sqlite:') ? spec.slice('sqlite:'.length) : spec;
  if (!path) throw new Error(`bad --db value: ${spec}`);
  const sync = options.sqliteSynchronous ?? (process.env.COOKIEGATE_SQLITE_SYNC?.toUpperCase() === 'FULL' ? 'FULL' : 'NORMAL');
  const opts = { path: path === ':memory:' ? path : resolve(path), synchronous: sync } as const;
  // Default: on a worker thread, so commits never block request handling.
  const thread = options.sqliteThread ?? (process.env.COOKIEGATE_SQLITE_THREAD === 'main' ? 'main' : 'worker');
  const store: ProofStore = thread === 'main' ? new SqliteStore(opts) : new SqliteWorkerStore(opts);
  await store.init();
  return store;
}
