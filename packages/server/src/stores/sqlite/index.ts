/**
 * `@cookiegate/server/sqlite`: the SQLite store (better-sqlite3, an optional peer dependency:
 * install it to use this subpath).
 *
 * @example
 * import { createHandler } from '@cookiegate/server';
 * import { SqliteStore } from '@cookiegate/server/sqlite';
 * const store = new SqliteStore({ path: './data/proofs.db' });
 * const handler = createHandler({ store, origins: ['https://shop.example'], signingKey });
 */
export { SqliteStore } from './sqlite.js';
export type { SqliteStoreOptions } from './sqlite.js';
export { SqliteWorkerStore } from './thread.js';
