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
 *
 * Most appends are a visitor's first decision, whose id is in neither tree;
 * in a large log, finding that out in the big tree costs a page read from disk
 * per record. A Bloom filter of the big tree's keys, kept in memory, answers
 * most of those "no"s. It is exact only while this connection is the one that
 * merges: every merge counts itself in `consent_merges`, and a count this
 * process did not make (another process on the same file) turns it off.
 */
import type Database from 'better-sqlite3';
import { KeyFilter } from './key-filter.js';

export const CONSENT_INDEX_SCHEMA = `
CREATE TABLE IF NOT EXISTS consent_index (consent BLOB NOT NULL, rid INTEGER NOT NULL, PRIMARY KEY (consent, rid)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS consent_recent (consent BLOB NOT NULL, rid INTEGER NOT NULL, PRIMARY KEY (consent, rid)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS consent_merges (id INTEGER PRIMARY KEY CHECK (id = 1), n INTEGER NOT NULL);
INSERT OR IGNORE INTO consent_merges VALUES (1, 0);
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
  private filter: KeyFilter | undefined;
  /** Merges counted in the database when the filter was last known to be complete. */
  private merges = 0;
  /** `merges` when the current write transaction began, to return to if it rolls back. */
  private mergesAtBegin = 0;

  constructor(
    private readonly db: Database.Database,
    private readonly recentMax = DEFAULT_RECENT_MAX,
  ) {
    this.migrate(db);
    const probe = (t: string) => `SELECT max(rid) FROM ${t} WHERE consent = ? AND rid BETWEEN ? AND ?`;
    this.s = {
      latestRecent: db.prepare(probe('consent_recent')).pluck(),
      latestMain: db.prepare(probe('consent_index')).pluck(),
      keys: db.prepare(
        `SELECT group_concat(hex(consent), '') FROM (SELECT DISTINCT consent FROM consent_index
         WHERE consent > ? AND length(consent) = 16 ORDER BY consent LIMIT 8192)`,
      ).pluck(),
      sliceKeys: db.prepare('SELECT consent FROM consent_recent WHERE consent >= ? AND consent < ?').pluck(),
      mergeCount: db.prepare('SELECT n FROM consent_merges').pluck(),
      counted: db.prepare('UPDATE consent_merges SET n = n + 1'),
      add: db.prepare('INSERT INTO consent_recent (consent, rid) VALUES (?, ?)'),
      count: db.prepare('SELECT count(*) FROM consent_recent').pluck(),
      mainCount: db.prepare('SELECT count(*) FROM consent_index').pluck(),
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
    this.rebuild();
  }

  /** Reads every key of the big tree into a new filter (about 0.5 s per million keys on this project's machine). */
  private rebuild(): void {
    this.db.transaction(() => {
      this.merges = this.s.mergeCount!.get() as number;
      // One layer for today's keys and half as many again: fewer layers, less memory than growing into it.
      const keys = this.s.mainCount!.get() as number;
      const filter = new KeyFilter(Math.max(1 << 16, Math.ceil(keys * 1.5), this.recentMax));
      // 8,192 keys per call, as one hex string: a Buffer per key would take twice as long.
      for (let after = Buffer.alloc(0); ; ) {
        const hex = this.s.keys!.get(after) as string | null;
        if (!hex) break;
        const page = Buffer.from(hex, 'hex');
        for (let at = 0; at < page.length; at += 16) filter.add(page, at);
        after = page.subarray(page.length - 16);
      }
      this.filter = filter;
    })();
  }

  /** Call first in each write transaction: if another connection merged since, the filter is incomplete. */
  begin(): void {
    if (this.filter && (this.s.mergeCount!.get() as number) !== this.merges) this.filter = undefined;
    this.mergesAtBegin = this.merges;
  }

  /** Databases written before the two-level index had one index on `records`: move it over once. */
  private migrate(db: Database.Database): void {
    const old = db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'index' AND name = 'records_consent'").get();
    if (!old) return;
    db.transaction(() => {
      db.exec(`INSERT OR IGNORE INTO consent_index SELECT consent, rid FROM records INDEXED BY records_consent
               WHERE consent IS NOT NULL ORDER BY consent, rid; DROP INDEX records_consent;
               UPDATE consent_merges SET n = n + 1;`);
    }).immediate();
  }

  /** Largest record key of `consent` within [lo, hi], or undefined. */
  latest(consent: Buffer, lo: number, hi: number): number | undefined {
    // Newer entries are in the recent tree, so a hit there is the answer.
    const recent = this.s.latestRecent!.get(consent, lo, hi) as number | null;
    if (recent !== null) return recent;
    if (this.filter && consent.length === 16 && !this.filter.mayHave(consent)) return undefined;
    return (this.s.latestMain!.get(consent, lo, hi) as number | null) ?? undefined;
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
      if (this.filter) for (const key of this.s.sliceKeys!.all(lo, hi) as Buffer[]) if (key.length === 16) this.filter.add(key);
      this.s.merge!.run(lo, hi);
      this.recent -= this.s.clear!.run(lo, hi).changes;
      this.s.counted!.run();
      this.merges++;
    }
  }

  /**
   * After a rollback: the size estimate is recounted and the merge count goes back to
   * where the transaction began. Keys a rolled-back merge added to the filter stay in
   * it, which only costs a lookup now and then (a Bloom filter may say "maybe").
   */
  rolledBack(): void {
    this.recent = this.s.count!.get() as number;
    this.merges = this.mergesAtBegin;
  }
}
