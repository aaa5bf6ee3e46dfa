/**
 * The consent-id index of the SQLite store, kept in two levels (a small LSM).
 *
 * Why: consent ids are random UUIDs, so a single B-tree over them takes one
 * write to a random page per record. Once that tree outgrows the page cache
 * and the checkpoint window (about a million records), every append dirties a
 * page of its own and each checkpoint writes them all back to random places in
 * the file: in measurements, a 1M-record log appended at ~60% of the speed of
 * an empty one. Here appends go to `consent_recent`, which stays small and hot
 * (its pages are rewritten many times per checkpoint, written back once); once
 * it holds more than `recentMax` entries, each append moves one slice of the
 * key space (1/64) into `consent_index` in key order, so a page of the big
 * tree is written once per several records instead of once per record.
 * Lookups probe both trees. Both are in the same file and change inside the
 * caller's transaction, so the index is exactly as durable as the records.
 */
import type Database from 'better-sqlite3';

export const CONSENT_INDEX_SCHEMA = `
CREATE TABLE IF NOT EXISTS consent_index (consent BLOB NOT NULL, rid INTEGER NOT NULL, PRIMARY KEY (consent, rid)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS consent_recent (consent BLOB NOT NULL, rid INTEGER NOT NULL, PRIMARY KEY (consent, rid)) WITHOUT ROWID;
`;

const SLICES = 64;
/** Slice k covers keys starting with bytes [4k, 4k+4); an upper bound above every 16-byte key ends the last one. */
const bound = (k: number): Buffer => (k >= SLICES ? Buffer.alloc(17, 0xff) : Buffer.from([k * (256 / SLICES)]));

/** Entries of the recent tree before appends start merging slices (about 2.5 MB of pages). */
export const DEFAULT_RECENT_MAX = 65_536;

/**
 * @example
 * const index = new ConsentIndex(db, 65_536); // after db.exec(CONSENT_INDEX_SCHEMA)
 * index.add(key, rid); index.latest(key, lo, hi); // inside a transaction
 */
export class ConsentIndex {
  private readonly s: Record<string, Database.Statement>;
  /** Estimated size of the recent tree: exact after a count, plus this process's inserts. */
  private recent: number;
  private cursor = 0;

  constructor(
    db: Database.Database,
    private readonly recentMax = DEFAULT_RECENT_MAX,
  ) {
    this.migrate(db);
    const probe = (t: string) => `SELECT max(rid) FROM ${t} WHERE consent = @c AND rid BETWEEN @lo AND @hi`;
    this.s = {
      // Two-argument max() is NULL when either side is: hence the coalesce.
      latest: db.prepare(`SELECT max(coalesce((${probe('consent_recent')}), -1), coalesce((${probe('consent_index')}), -1))`).pluck(),
      add: db.prepare('INSERT INTO consent_recent (consent, rid) VALUES (?, ?)'),
      count: db.prepare('SELECT count(*) FROM consent_recent').pluck(),
      merge: db.prepare(
        'INSERT INTO consent_index SELECT consent, rid FROM consent_recent WHERE consent >= ? AND consent < ? ORDER BY consent, rid',
      ),
      clear: db.prepare('DELETE FROM consent_recent WHERE consent >= ? AND consent < ?'),
      rids: db.prepare(
        `SELECT rid FROM consent_recent WHERE consent = @c AND rid BETWEEN @lo AND @hi
         UNION ALL SELECT rid FROM consent_index WHERE consent = @c AND rid BETWEEN @lo AND @hi`,
      ).pluck(),
      removeRecent: db.prepare('DELETE FROM consent_recent WHERE consent = ? AND rid = ?'),
      removeMain: db.prepare('DELETE FROM consent_index WHERE consent = ? AND rid = ?'),
    };
    this.recent = this.s.count!.get() as number;
  }

  /** Databases written before the two-level index had one index on `records`: move it over once. */
  private migrate(db: Database.Database): void {
    const old = db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'index' AND name = 'records_consent'").get();
    if (!old) return;
    db.transaction(() => {
      db.exec(`INSERT OR IGNORE INTO consent_index SELECT consent, rid FROM records INDEXED BY records_consent
               WHERE consent IS NOT NULL ORDER BY consent, rid; DROP INDEX records_consent;`);
    }).immediate();
  }

  /** Largest record key of `consent` within [lo, hi], or undefined. */
  latest(consent: Buffer, lo: number, hi: number): number | undefined {
    const r = this.s.latest!.get({ c: consent, lo, hi }) as number;
    return r < 0 ? undefined : r;
  }

  /** Record keys of `consent` within [lo, hi], unordered. */
  rids(consent: Buffer, lo = 0, hi = Number.MAX_SAFE_INTEGER): number[] {
    return this.s.rids!.all({ c: consent, lo, hi }) as number[];
  }

  /** Indexes one record. */
  add(consent: Buffer, rid: number): void {
    this.s.add!.run(consent, rid);
    this.recent++;
  }

  /** Drops the entries of removed records (erasure, retention). */
  remove(consent: Buffer, rid: number): void {
    if (this.s.removeRecent!.run(consent, rid).changes) this.recent--;
    else this.s.removeMain!.run(consent, rid);
  }

  /**
   * Call at the end of each append transaction: while the recent tree is over its
   * size, moves its next slice into the big tree. Other processes writing to
   * the same file are not in the estimate, so it is recounted before acting on it.
   */
  compact(): void {
    if (this.recent <= this.recentMax) return;
    this.recent = this.s.count!.get() as number;
    // One slice per append when batches are small (the server's group commits); bulk loads take more.
    for (let n = 0; this.recent > this.recentMax && n < SLICES; n++) {
      const lo = bound(this.cursor);
      const hi = bound(this.cursor + 1);
      this.cursor = (this.cursor + 1) % SLICES;
      this.s.merge!.run(lo, hi);
      this.recent -= this.s.clear!.run(lo, hi).changes;
    }
  }

  /** After a rollback the estimate may count inserts that are gone: recount. */
  resync(): void {
    this.recent = this.s.count!.get() as number;
  }
}
