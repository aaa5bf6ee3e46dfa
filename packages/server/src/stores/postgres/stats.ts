/**
 * The statistics tables of the PostgreSQL store (issue 17): rollup counts per site, UTC day and
 * dimension, written in the store's own append and tombstone transactions, and impressions.
 * A database from before them is counted once when they are created.
 */
import type pg from 'pg';
import { RollupBatch, type CountedRecord, type Dimension, type RollupRow } from '../../stats/rollup.js';
import type { ImpressionRow, StatsRange } from '../../stats/report.js';
import { cover } from '../../stats/spans.js';

/** Creates the tables; true when they are new (the caller then counts the records already stored). */
export async function createStatsTables(c: pg.PoolClient): Promise<boolean> {
  const existed = (await c.query("SELECT to_regclass('stats_rollups') IS NOT NULL AS e")).rows[0].e as boolean;
  await c.query(`
    CREATE TABLE IF NOT EXISTS stats_rollups (site_id int NOT NULL, span int NOT NULL, day int NOT NULL,
      dim text NOT NULL, a text NOT NULL, b text NOT NULL, n bigint NOT NULL,
      PRIMARY KEY (site_id, span, day, dim, a, b));
    CREATE TABLE IF NOT EXISTS stats_impressions (site text NOT NULL, day int NOT NULL, locale text NOT NULL,
      variant text NOT NULL, n bigint NOT NULL, PRIMARY KEY (site, day, locale, variant));`);
  return !existed;
}

/**
 * Writes a batch's counts in one statement (keys are unique and sorted: a stable lock order).
 * @example const batch = new RollupBatch(); batch.add(siteId, record); await applyRollups(client, batch);
 */
export async function applyRollups(c: pg.PoolClient, batch: RollupBatch): Promise<void> {
  const rows = batch.rows();
  if (!rows.length) return;
  await c.query({
    name: 'cookiegate_stats_upsert',
    text: `INSERT INTO stats_rollups (site_id, span, day, dim, a, b, n)
      SELECT * FROM unnest($1::int[], $2::int[], $3::int[], $4::text[], $5::text[], $6::text[], $7::bigint[])
      ON CONFLICT (site_id, span, day, dim, a, b) DO UPDATE SET n = stats_rollups.n + EXCLUDED.n`,
    values: [
      rows.map(([s]) => Number(s)),
      rows.map(([, r]) => r.span),
      rows.map(([, r]) => r.day),
      rows.map(([, r]) => r.dim),
      rows.map(([, r]) => r.a),
      rows.map(([, r]) => r.b),
      rows.map(([, r]) => r.n),
    ],
  });
}

/** Adds the counts of records read back (`site_id`, `body`) with `sign`. */
export function countBodies(batch: RollupBatch, rows: Array<{ site_id: number; body: string }>, sign: 1 | -1): void {
  for (const r of rows) batch.add(r.site_id, JSON.parse(r.body) as CountedRecord, sign);
}

/** Recounts every rollup from the live records, in the caller's transaction, reading 10,000 at a time. */
export async function rebuildRollups(c: pg.PoolClient): Promise<number> {
  const batch = new RollupBatch();
  for (let site = -1, idx = -1; ;) {
    const r = await c.query<{ site_id: number; idx: string; body: string }>(
      `SELECT site_id, idx, body FROM records WHERE (site_id, idx) > ($1, $2) AND body IS NOT NULL
       ORDER BY site_id, idx LIMIT 10000`,
      [site, idx],
    );
    countBodies(batch, r.rows, 1);
    if (r.rows.length < 10000) break;
    const last = r.rows[r.rows.length - 1]!;
    [site, idx] = [last.site_id, Number(last.idx)];
  }
  await c.query('DELETE FROM stats_rollups');
  await applyRollups(c, batch);
  return batch.records;
}

/** A site's counts for a day range, read in one snapshot. */
export async function statsRange(c: pg.PoolClient, site: string, from: number, to: number): Promise<StatsRange> {
  await c.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
  try {
    const daily = await c.query<RollupRow>(
      `SELECT r.span, r.day, r.dim, r.a, r.b, r.n::int AS n FROM stats_rollups r JOIN sites s ON s.id = r.site_id
       WHERE s.origin = $1 AND r.span = 1 AND r.day BETWEEN $2 AND $3 AND r.dim IN ('action', 'gpc') AND r.n <> 0`,
      [site, from, to],
    );
    const runs = cover(from, to);
    const totals = await c.query<{ dim: Dimension; a: string; b: string; n: number }>(
      `SELECT r.dim, r.a, r.b, sum(r.n)::int AS n FROM stats_rollups r
         JOIN unnest($2::int[], $3::int[], $4::int[]) AS w(span, lo, hi) ON r.span = w.span AND r.day BETWEEN w.lo AND w.hi
       WHERE r.site_id = (SELECT id FROM sites WHERE origin = $1)
       GROUP BY r.dim, r.a, r.b HAVING sum(r.n) <> 0`,
      [site, runs.map((r) => r.span), runs.map((r) => r.lo), runs.map((r) => r.hi)],
    );
    const impressions = await c.query<ImpressionRow>(
      'SELECT day, locale, variant, n::int AS n FROM stats_impressions WHERE site = $1 AND day BETWEEN $2 AND $3',
      [site, from, to],
    );
    return { daily: daily.rows, totals: totals.rows, impressions: impressions.rows };
  } finally {
    await c.query('COMMIT');
  }
}

/** Adds impression sums in one statement. */
export async function addImpressions(q: pg.Pool, rows: Array<ImpressionRow & { site: string }>): Promise<void> {
  if (!rows.length) return;
  const sums = new Map<string, ImpressionRow & { site: string }>(); // one statement may not touch a row twice
  for (const r of rows) {
    const key = JSON.stringify([r.site, r.day, r.locale, r.variant]);
    const seen = sums.get(key);
    if (seen) seen.n += r.n;
    else sums.set(key, { ...r });
  }
  rows = [...sums.values()];
  await q.query(
    `INSERT INTO stats_impressions (site, day, locale, variant, n)
     SELECT * FROM unnest($1::text[], $2::int[], $3::text[], $4::text[], $5::bigint[])
     ON CONFLICT (site, day, locale, variant) DO UPDATE SET n = stats_impressions.n + EXCLUDED.n`,
    [
      rows.map((r) => r.site),
      rows.map((r) => r.day),
      rows.map((r) => r.locale),
      rows.map((r) => r.variant),
      rows.map((r) => r.n),
    ],
  );
}

/** Every non-zero count of a site. */
export async function rollupRows(q: pg.Pool, site: string): Promise<RollupRow[]> {
  const r = await q.query<RollupRow>(
    `SELECT r.span, r.day, r.dim, r.a, r.b, r.n::int AS n FROM stats_rollups r JOIN sites s ON s.id = r.site_id
     WHERE s.origin = $1 AND r.n <> 0`,
    [site],
  );
  return r.rows;
}
