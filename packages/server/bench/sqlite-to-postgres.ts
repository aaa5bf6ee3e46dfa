/**
 * Copies a proof log from a SQLite store's file into an empty PostgreSQL store, table by table
 * in multi-row inserts: the same records, tree nodes, chain keys and statistics rollups, so
 * that PostgreSQL holds the very log the SQLite bench built (same leaf hashes and root), without
 * sealing a million records a second time through the store's append.
 * Usage: node --import tsx bench/sqlite-to-postgres.ts <db file> <postgres url>
 */
import Database from 'better-sqlite3';
import pg from 'pg';
import { SPAN } from '../src/stores/sqlite/consent-index.js';
import { PostgresStore } from '../src/stores/postgres/postgres.js';

const BATCH = 5_000;
const SCHEMA = 'cookiegate'; // the store's default, where the server reads

/** A SQLite 16-byte consent key as the UUID text PostgreSQL takes. */
const uuidText = (b: Buffer | null) =>
  b && b.toString('hex').replace(/^(.{8})(.{4})(.{4})(.{4})(.{12})$/, '$1-$2-$3-$4-$5');
const time = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

/** Each table: the SQLite query, the PostgreSQL insert from unnest arrays, and one row's values. */
const TABLES: Array<{ name: string; from: string; into: string; row: (r: Record<string, unknown>) => unknown[] }> = [
  {
    name: 'sites',
    from: 'SELECT id, origin, size, root FROM sites ORDER BY id',
    into: 'INSERT INTO sites (id, origin, size, root) SELECT * FROM unnest($1::int[], $2::text[], $3::bigint[], $4::bytea[])',
    row: (r) => [r.id, r.origin, r.size, r.root],
  },
  {
    name: 'records',
    from: 'SELECT rid, id, consent, server_time, leaf_hash, body, tombstone, tombstoned_at FROM records ORDER BY rid',
    into: `INSERT INTO records (site_id, idx, id, consent_id, server_time, leaf_hash, body, tombstone, tombstoned_at)
      SELECT * FROM unnest($1::int[], $2::bigint[], $3::uuid[], $4::uuid[], $5::timestamptz[], $6::bytea[], $7::text[],
        $8::text[], $9::timestamptz[])`,
    row: (r) => {
      const rid = Number(r.rid);
      const site = Math.floor(rid / SPAN);
      return [
        site,
        rid - site * SPAN,
        r.id,
        uuidText(r.consent as Buffer | null),
        time(r.server_time as number),
        r.leaf_hash,
        r.body,
        r.tombstone,
        time(r.tombstoned_at as number | null),
      ];
    },
  },
  {
    name: 'nodes',
    from: 'SELECT site_id, level, idx, hash FROM nodes',
    into: 'INSERT INTO nodes (site_id, level, idx, hash) SELECT * FROM unnest($1::int[], $2::smallint[], $3::bigint[], $4::bytea[])',
    row: (r) => [r.site_id, r.level, r.idx, r.hash],
  },
  {
    name: 'chain_keys',
    from: 'SELECT consent, site_id, key FROM chain_keys',
    into: 'INSERT INTO chain_keys (consent_id, site_id, key) SELECT * FROM unnest($1::uuid[], $2::int[], $3::text[])',
    row: (r) => [uuidText(r.consent as Buffer), r.site_id, r.key],
  },
  {
    name: 'stats_rollups',
    from: 'SELECT site_id, span, day, dim, a, b, n FROM stats_rollups',
    into: `INSERT INTO stats_rollups (site_id, span, day, dim, a, b, n)
      SELECT * FROM unnest($1::int[], $2::int[], $3::int[], $4::text[], $5::text[], $6::text[], $7::bigint[])`,
    row: (r) => [r.site_id, r.span, r.day, r.dim, r.a, r.b, r.n],
  },
  {
    name: 'stats_impressions',
    from: 'SELECT site, day, locale, variant, n FROM stats_impressions',
    into: `INSERT INTO stats_impressions (site, day, locale, variant, n)
      SELECT * FROM unnest($1::text[], $2::int[], $3::text[], $4::text[], $5::bigint[])`,
    row: (r) => [r.site, r.day, r.locale, r.variant, r.n],
  },
];

/**
 * Copies every table of the SQLite log at `path` into the PostgreSQL database at `url` (its
 * store tables created if needed, emptied first), in one transaction.
 * @example await copySqliteLog('bench/.data/stats-1000000-v1.db', 'postgres://postgres:postgres@127.0.0.1:5432/stats');
 */
export async function copySqliteLog(path: string, url: string, onProgress?: (table: string, n: number) => void) {
  const store = new PostgresStore({ connectionString: url, schema: SCHEMA });
  await store.init(); // the schema, as the server creates it
  await store.close();
  const src = new Database(path, { readonly: true });
  src.defaultSafeIntegers(false);
  const c = new pg.Client({ connectionString: url, options: `-c search_path=${SCHEMA}` });
  await c.connect();
  try {
    await c.query('BEGIN');
    await c.query(`TRUNCATE ${TABLES.map((t) => t.name).join(', ')}`);
    // One index built at the end is cheaper than a million index updates.
    await c.query('DROP INDEX IF EXISTS records_consent');
    for (const t of TABLES) {
      let rows: unknown[][] = [];
      let n = 0;
      const flush = async () => {
        if (!rows.length) return;
        await c.query(
          t.into,
          rows[0]!.map((_, k) => rows.map((r) => r[k])),
        );
        n += rows.length;
        rows = [];
        onProgress?.(t.name, n);
      };
      for (const r of src.prepare(t.from).iterate() as Iterable<Record<string, unknown>>) {
        rows.push(t.row(r));
        if (rows.length === BATCH) await flush();
      }
      await flush();
    }
    await c.query('CREATE INDEX records_consent ON records (consent_id, site_id, idx) WHERE consent_id IS NOT NULL');
    await c.query("SELECT setval(pg_get_serial_sequence('sites', 'id'), (SELECT coalesce(max(id), 1) FROM sites))");
    await c.query('COMMIT');
  } catch (err) {
    await c.query('ROLLBACK').catch(() => {});
    throw err;
  } finally {
    await c.end();
    src.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [path, url] = process.argv.slice(2);
  const t = performance.now();
  await copySqliteLog(path!, url!, (table, n) => {
    if (n % 100_000 === 0) console.log(`${table}: ${n} rows, ${((performance.now() - t) / 1000).toFixed(0)} s`);
  });
}
