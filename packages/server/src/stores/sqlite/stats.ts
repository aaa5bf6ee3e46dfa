/**
 * The statistics tables of the SQLite store (issue 17): rollup counts per site, UTC day and
 * dimension, written in the store's own append and tombstone transactions, and impressions.
 * A database from before them is counted once when they are created.
 */
import type Database from 'better-sqlite3';
import { RollupBatch, type CountedRecord, type Dimension, type RollupRow } from '../../stats/rollup.js';
import type { ImpressionRow, StatsRange } from '../../stats/report.js';
import { SPAN } from './consent-index.js';
import { cover } from '../../stats/spans.js';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS stats_rollups (site_id INTEGER NOT NULL, span INTEGER NOT NULL, day INTEGER NOT NULL,
  dim TEXT NOT NULL, a TEXT NOT NULL, b TEXT NOT NULL, n INTEGER NOT NULL,
  PRIMARY KEY (site_id, span, day, dim, a, b)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS stats_impressions (site TEXT NOT NULL, day INTEGER NOT NULL, locale TEXT NOT NULL,
  variant TEXT NOT NULL, n INTEGER NOT NULL, PRIMARY KEY (site, day, locale, variant)) WITHOUT ROWID;
`;

const siteOf = (rid: number) => Math.floor(rid / SPAN);

/**
 * @example
 * const stats = new SqliteStats(db); // after the records table exists
 * const batch = new RollupBatch(); batch.add(siteId, record); stats.apply(batch); // inside the append transaction
 */
export class SqliteStats {
  private readonly s: Record<string, Database.Statement>;

  constructor(private readonly db: Database.Database) {
    const existed = db.prepare("SELECT 1 FROM sqlite_schema WHERE name = 'stats_rollups'").get() !== undefined;
    db.exec(SCHEMA);
    this.s = {
      upsert: db.prepare(
        'INSERT INTO stats_rollups VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO UPDATE SET n = n + excluded.n',
      ),
      body: db.prepare('SELECT body FROM records WHERE rid = ? AND body IS NOT NULL').pluck(),
      liveBefore: db
        .prepare('SELECT rid, body FROM records WHERE server_time < ? AND body IS NOT NULL AND consent != zeroblob(16)')
        .raw(),
      live: db.prepare('SELECT rid, body FROM records WHERE body IS NOT NULL').raw(),
      daily: db.prepare(
        "SELECT span, day, dim, a, b, n FROM stats_rollups WHERE site_id = ? AND span = 1 AND day BETWEEN ? AND ? AND dim IN ('action', 'gpc') AND n != 0",
      ),
      totals: db.prepare(
        `SELECT dim, a, b, sum(n) AS n FROM (${Array(5)
          .fill('SELECT dim, a, b, n FROM stats_rollups WHERE site_id = ? AND span = ? AND day BETWEEN ? AND ?')
          .join(' UNION ALL ')}) GROUP BY dim, a, b HAVING sum(n) != 0`,
      ),
      impressions: db.prepare(
        'SELECT day, locale, variant, n FROM stats_impressions WHERE site = ? AND day BETWEEN ? AND ?',
      ),
      addImpressions: db.prepare(
        'INSERT INTO stats_impressions VALUES (?, ?, ?, ?, ?) ON CONFLICT DO UPDATE SET n = n + excluded.n',
      ),
      rows: db.prepare('SELECT span, day, dim, a, b, n FROM stats_rollups WHERE site_id = ? AND n != 0'),
      clear: db.prepare('DELETE FROM stats_rollups'),
      anyRecord: db.prepare('SELECT 1 FROM records LIMIT 1').pluck(),
    };
    if (!existed && this.s.anyRecord!.get()) this.db.transaction(() => this.rebuild()).immediate();
  }

  /** Writes a batch's counts; call inside the transaction that changed the records. */
  apply(batch: RollupBatch): void {
    for (const [scope, r] of batch.rows()) this.s.upsert!.run(Number(scope), r.span, r.day, r.dim, r.a, r.b, r.n);
  }

  /** Takes back the counts of record `rid` if it is live; call before tombstoning it. */
  takeBack(batch: RollupBatch, rid: number): void {
    const body = this.s.body!.get(rid) as string | undefined;
    if (body !== undefined) batch.add(siteOf(rid), JSON.parse(body) as CountedRecord, -1);
  }

  /** Takes back the counts of the live records a purge before `serverTime` (ms) removes; call before it. */
  takeBackBefore(batch: RollupBatch, serverTime: number): void {
    for (const [rid, body] of this.s.liveBefore!.iterate(serverTime) as Iterable<[number, string]>)
      batch.add(siteOf(rid), JSON.parse(body) as CountedRecord, -1);
  }

  /** Recounts every rollup from the live records; call inside a write transaction. */
  rebuild(): number {
    const batch = new RollupBatch();
    for (const [rid, body] of this.s.live!.iterate() as Iterable<[number, string]>)
      batch.add(siteOf(rid), JSON.parse(body) as CountedRecord);
    this.s.clear!.run();
    this.apply(batch);
    return batch.records;
  }

  range(siteId: number | undefined, site: string, from: number, to: number): StatsRange {
    if (siteId === undefined)
      return { daily: [], totals: [], impressions: this.s.impressions!.all(site, from, to) as ImpressionRow[] };
    return this.db.transaction(() => ({
      daily: this.s.daily!.all(siteId, from, to) as RollupRow[],
      totals: this.s.totals!.all(cover(from, to).flatMap((r) => [siteId, r.span, r.lo, r.hi])) as Array<{
        dim: Dimension;
        a: string;
        b: string;
        n: number;
      }>,
      impressions: this.s.impressions!.all(site, from, to) as ImpressionRow[],
    }))();
  }

  addImpressions(rows: Array<ImpressionRow & { site: string }>): void {
    this.db
      .transaction(() => {
        for (const r of rows) this.s.addImpressions!.run(r.site, r.day, r.locale, r.variant, r.n);
      })
      .immediate();
  }

  rows(siteId: number): RollupRow[] {
    return this.s.rows!.all(siteId) as RollupRow[];
  }
}
