/**
 * `@cookiegate/server/postgres`: the PostgreSQL store (pg, an optional peer dependency:
 * install it to use this subpath).
 *
 * @example
 * import { PostgresStore } from '@cookiegate/server/postgres';
 * const store = new PostgresStore({ connectionString: 'postgres://app:secret@db/cookiegate' });
 * await store.init();
 */
export { PostgresStore } from './postgres.js';
export type { PostgresStoreOptions } from './postgres.js';
