/**
 * Opens a store from a `--db` spec. PostgreSQL (and pg) is loaded lazily.
 */
import { resolve } from 'node:path';
import { SqliteStore } from './stores/sqlite.js';
import type { ProofStore } from './stores/types.js';

/** Default database: an SQLite file under ./data. */
export const DEFAULT_DB = 'sqlite:./data/proofs.db';

/**
 * @example
 * const store = await openStore('sqlite:./data/proofs.db');
 * const pgStore = await openStore('postgres://app:secret@db/cookiegate');
 */
export async function openStore(spec: string = DEFAULT_DB): Promise<ProofStore> {
  if (/^postgres(ql)?:\/\//.test(spec)) {
    const { PostgresStore } = await import('./stores/postgres.js');
    const store = new PostgresStore({ connectionString: spec });
    await store.init();
    return store;
  }
  const path = spec.startsWith('sqlite:') ? spec.slice('sqlite:'.length) : spec;
  if (!path) throw new Error(`bad --db value: ${spec}`);
  const store = new SqliteStore({ path: path === ':memory:' ? path : resolve(path) });
  await store.init();
  return store;
}
