/**
 * The consent-id index of the SQLite store, kept in two levels (a small LSM).
 *
 * Why: consent ids are random UUIDs, so a B-tree over them takes one write to
 * a random page per record, plus its copy at the next checkpoint. That one page
 * cost about 40% of an append's CPU, and once the tree outgrows the page cache
 * (about a million records) a disk read and write per record. So new entries
 * are kept in memory ({@link RecentKeys}) and only the big tree,
 * `consent_index`, is on disk: once memory holds more than `recentMax` entries,
 * each append moves one slice of the key space (1/64) into it in key order, so
 * a page of the big tree is written once per several records.
 *
 * Nothing is lost with the process: the memory level holds only what the
 * `records` table already has. `consent_slices` says, per site and slice, up to
 * which log index the big tree is complete; on open (and after a rollback) the
 * records past that are read back into memory. Other connections to the same
 * file are caught up at the start of each transaction: their new records are
 * read in, their merges drop what they merged, and their erasures (counted in
 * `consent_counts`) trigger a full re-read.
 *
 * Most appends are a visitor's first decision, whose id is in neither level;
 * in a large log, finding that out in the big tree costs a page read from disk
 * per record. A Bloom filter of the big tree's keys answers most of those "no"s.
 * It is exact only while this connection is the one that merges: a merge count
 * this process did not make (another process on the same file) turns it off.
 */
import type Database from 'better-sqlite3';
import { KeyFilter } from './key-filter.js';
import { RecentKeys, SLICES, sliceOf } from './recent-keys.js';

export const CONSENT_INDEX_SCHEMA = `
CREATE TABLE IF NOT EXISTS consent_index (consent BLOB NOT NULL, rid INTEGER NOT NULL, PRIMARY KEY (consent, rid)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS consent_slices (site_id INTEGER NOT NULL, slice INTEGER NOT NULL, upto INTEGER NOT NULL,
  PRIMARY KEY (site_id, slice)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS consent_counts (id INTEGER PRIMARY KEY CHECK (id = 1), merges INTEGER NOT NULL, erasures INTEGER NOT NULL);
INSERT OR IGNORE INTO consent_counts VALUES (1, 0, 0);
`;

/** Records are keyed by `site_id * 2^40 + log index` (site ids stay below 2^13, so keys are safe JS integers). */
export const SPAN = 2 ** 40;
export const rid = (siteId: number, index: number): number => siteId * SPAN + index;

/** Entries kept in memory before appends start merging slices (a few MB). */
export const DEFAULT_RECENT_MAX = 65_536;

/**
 * @example
 * const index = new ConsentIndex(db, 65_536); // after db.exec(CONSENT_INDEX_SCHEMA)
 * index.begin(); index.latest(key, lo, hi); index.add(siteId, key, rid); index.compact(); // inside a write transaction
 */
export class ConsentIndex {
  private readonly s: Record<string, Database.Statement>;
  private readonly mem = new RecentKeys();
  /** Per site: how many of its records memory has seen (the rest are caught up from `records`). */
  private readonly known = new Map<number, number>();
  /** Per site: `consent_slices` as last read or written by this connection. */
  private readonly upto = new Map<number, number[]>();
  private cursor = 0;
  private filter: KeyFilter | undefined;
  /** `consent_counts` when the filter (merges) and memory (erasures) were last known to be complete. */
  private merges = 0;
  private erasures = 0;
  /** `merges` when the current transaction began, to return to if it rolls back. */
  private mergesAtBegin = 0;

  constructor(
    private readonly db: Database.Database,
    private readonly recentMax = DEFAULT_RECENT_MAX,
  ) {
    const probe = 'SELECT max(rid) FROM consent_index WHERE consent = ? AND rid BETWEEN ? AND ?';
    this.s = {
      latest: db.prepare(probe).pluck(),
      rids: db.prepare('SELECT rid FROM consent_index WHERE consent = ? AND rid BETWEEN ? AND ?').pluck(),
      keys: db
        .prepare(
          `SELECT group_concat(hex(consent), '') FROM (SELECT DISTINCT consent FROM consent_index
         WHERE consent > ? AND length(consent) = 16 ORDER BY consent LIMIT 8192)`,
        )
        .pluck(),
      mainCount: db.prepare('SELECT count(*) FROM consent_index').pluck(),
      counts: db.prepare('SELECT merges, erasures FROM consent_counts'),
      merged: db.prepare('UPDATE consent_counts SET merges = merges + 1'),
      erased: db.prepare('UPDATE consent_counts SET erasures = erasures + 1'),
      sizes: db.prepare('SELECT id, size FROM sites'),
      slices: db.prepare('SELECT site_id, slice, upto FROM consent_slices').raw(),
      setUpto: db.prepare(
        'INSERT INTO consent_slices VALUES (?, ?, ?) ON CONFLICT (site_id, slice) DO UPDATE SET upto = excluded.upto',
      ),
      scan: db
        .prepare('SELECT rid, consent FROM records WHERE rid BETWEEN ? AND ? AND consent IS NOT NULL ORDER BY rid')
        .raw(),
      insert: db.prepare('INSERT OR IGNORE INTO consent_index VALUES (?, ?)'),
      remove: db.prepare('DELETE FROM consent_index WHERE consent = ? AND rid = ?'),
      removeLiveBefore: db.prepare(
        `DELETE FROM consent_index WHERE (consent, rid) IN
           (SELECT consent, rid FROM records WHERE server_time < ? AND body IS NOT NULL AND consent IS NOT NULL
              AND consent != zeroblob(16))`, // log events (events/log-event.ts) are kept
      ),
    };
    this.migrate();
    this.db.transaction(() => {
      this.reload();
      this.rebuildFilter();
    })();
  }

  /**
   * Earlier schemas kept everything on disk: one index on `records`, then a
   * `consent_recent` tree beside the big one. Both move into the big tree once,
   * which is then complete up to every site's size.
   */
  private migrate(): void {
    const has = (type: string, name: string) =>
      this.db.prepare('SELECT 1 FROM sqlite_schema WHERE type = ? AND name = ?').get(type, name) !== undefined;
    const steps: string[] = [];
    if (has('index', 'records_consent'))
      steps.push(`INSERT OR IGNORE INTO consent_index SELECT consent, rid FROM records INDEXED BY records_consent
                  WHERE consent IS NOT NULL ORDER BY consent, rid; DROP INDEX records_consent;`);
    if (has('table', 'consent_recent'))
      steps.push(
        'INSERT OR IGNORE INTO consent_index SELECT consent, rid FROM consent_recent ORDER BY consent, rid; DROP TABLE consent_recent;',
      );
    if (has('table', 'consent_merges')) steps.push('DROP TABLE consent_merges;');
    if (!steps.length) return;
    this.db
      .transaction(() => {
        this.db.exec(steps.join('\n'));
        for (const { id, size } of this.s.sizes!.all() as Array<{ id: number; size: number }>)
          for (let k = 0; k < SLICES; k++) this.s.setUpto!.run(id, k, size);
        this.s.merged!.run();
      })
      .immediate();
  }

  /** Re-reads memory from `records`: everything past each slice's `upto`. Call inside a transaction. */
  private reload(): void {
    const counts = this.s.counts!.get() as { merges: number; erasures: number };
    if (counts.merges !== this.merges) this.filter = undefined; // it lacks the keys others merged
    this.merges = counts.merges;
    this.erasures = counts.erasures;
    this.mem.clear();
    this.known.clear();
    this.upto.clear();
    for (const [site, slice, upto] of this.s.slices!.all() as number[][]) this.uptoOf(site!)[slice!] = upto!;
    this.catchUpAll();
  }

  private uptoOf(site: number): number[] {
    let u = this.upto.get(site);
    if (!u) this.upto.set(site, (u = new Array<number>(SLICES).fill(0)));
    return u;
  }

  private catchUpAll(): void {
    for (const { id, size } of this.s.sizes!.all() as Array<{ id: number; size: number }>) this.catchUp(id, size);
  }

  /** Reads a site's records that memory has not seen, up to `size`, skipping what the big tree has. */
  private catchUp(site: number, size: number): void {
    const upto = this.uptoOf(site);
    const from = this.known.get(site) ?? Math.min(...upto);
    if (size <= from) return;
    for (const [r, key] of this.s.scan!.iterate(rid(site, from), rid(site, size - 1)) as Iterable<[number, Buffer]>) {
      if (r - rid(site, 0) >= upto[sliceOf(key)]!) this.mem.add(key, r);
    }
    this.known.set(site, size);
  }

  /** Reads every key of the big tree into a new filter (about 0.5 s per million keys on this project's machine). */
  private rebuildFilter(): void {
    // One layer for today's keys and half as many again: fewer layers, less memory than growing into it.
    const keys = this.s.mainCount!.get() as number;
    const filter = new KeyFilter(Math.max(1 << 16, Math.ceil(keys * 1.5), this.recentMax));
    // 8,192 keys per call, as one hex string: a Buffer per key would take twice as long.
    for (let after = Buffer.alloc(0); ;) {
      const hex = this.s.keys!.get(after) as string | null;
      if (!hex) break;
      const page = Buffer.from(hex, 'hex');
      for (let at = 0; at < page.length; at += 16) filter.add(page, at);
      after = page.subarray(page.length - 16);
    }
    this.filter = filter;
  }

  /**
   * Call first in each transaction that uses the index: brings memory up to date
   * with what other connections committed since.
   */
  begin(): void {
    this.mergesAtBegin = this.merges;
    const counts = this.s.counts!.get() as { merges: number; erasures: number };
    // The filter may still say "maybe" for erased keys: harmless.
    if (counts.erasures !== this.erasures) return this.reload();
    if (counts.merges !== this.merges) {
      this.filter = undefined; // it lacks the keys they merged
      this.merges = counts.merges;
      for (const [site, slice, upto] of this.s.slices!.all() as number[][]) {
        const mine = this.uptoOf(site!);
        if (upto! > mine[slice!]!) this.mem.dropBetween(slice!, rid(site!, 0), rid(site!, upto!));
        mine[slice!] = upto!;
      }
    }
    this.catchUpAll();
  }

  /** Largest record key of `consent` within [lo, hi], or undefined. */
  latest(consent: Buffer, lo: number, hi: number): number | undefined {
    // Newer entries are in memory, so a hit there is the answer.
    const recent = this.mem.latest(consent, lo, hi);
    if (recent !== undefined) return recent;
    if (this.filter && consent.length === 16 && !this.filter.mayHave(consent)) return undefined;
    return (this.s.latest!.get(consent, lo, hi) as number | null) ?? undefined;
  }

  /** Record keys of `consent` within [lo, hi], unordered. */
  rids(consent: Buffer, lo = 0, hi = Number.MAX_SAFE_INTEGER): number[] {
    return [...new Set([...this.mem.rids(consent, lo, hi), ...(this.s.rids!.all(consent, lo, hi) as number[])])];
  }

  /** Indexes one appended record; a site's records must come in log order. */
  add(site: number, consent: Buffer, r: number): void {
    this.mem.add(consent, r);
    this.known.set(site, r - rid(site, 0) + 1);
  }

  /** Drops the entry of a removed record (erasure, retention); other connections re-read. */
  remove(consent: Buffer, r: number): void {
    if (!this.mem.remove(consent, r)) this.s.remove!.run(consent, r);
  }

  /** Drops the on-disk entries of live records stored before `serverTime` (ms); call before tombstoning them. */
  unindexLiveBefore(serverTime: number): void {
    this.s.removeLiveBefore!.run(serverTime);
  }

  /**
   * Call once after the removals of a transaction, so that other connections notice them;
   * `reread` after a bulk purge, whose records memory may still hold.
   */
  removed(reread = false): void {
    this.s.erased!.run();
    this.erasures++;
    if (reread) this.reload();
  }

  /**
   * Call at the end of each append transaction: while memory holds more than
   * `recentMax` entries, moves its next slice into the big tree.
   */
  compact(): void {
    // One slice per append when batches are small (the server's group commits); bulk loads take more.
    for (let n = 0; this.mem.size > this.recentMax && n < SLICES; n++) {
      const slice = this.cursor;
      this.cursor = (this.cursor + 1) % SLICES;
      const { keys, rids } = this.mem.takeSlice(slice);
      keys.forEach((key, i) => {
        this.s.insert!.run(key, rids[i]);
        this.filter?.add(key);
      });
      // The slice is now complete on disk up to everything memory has seen, for every site.
      for (const [site, size] of this.known) {
        this.s.setUpto!.run(site, slice, size);
        this.uptoOf(site)[slice] = size;
      }
      this.s.merged!.run();
      this.merges++;
    }
  }

  /**
   * After a rollback, memory is re-read from the database. Keys a rolled-back
   * merge added to the filter stay in it, which only costs a lookup now and then
   * (a Bloom filter may say "maybe").
   */
  rolledBack(): void {
    this.merges = this.mergesAtBegin;
    this.db.transaction(() => this.reload())();
  }
}
