/**
 * SQLite backend (better-sqlite3, WAL). The embedded default.
 *
 * Durability: WAL with `synchronous=NORMAL` (default). A commit has been
 * written to the WAL file (write(2) returned) before we acknowledge, so a
 * killed process (SIGKILL, crash, OOM) loses nothing acknowledged: the OS
 * still holds the data and SQLite replays the WAL on the next open. What
 * NORMAL gives up is the fsync per commit, i.e. the last commits before a
 * power loss or kernel crash may be lost. Set `synchronous: 'FULL'`
 * (`COOKIEGATE_SQLITE_SYNC=FULL`) to fsync the WAL at every commit as well;
 * group commit amortises that fsync, at a measurable cost on slow disks.
 * Writers take `BEGIN IMMEDIATE` and re-read the site head inside the
 * transaction, so several processes on one file still keep one log.
 */
import Database from 'better-sqlite3';
import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from 'node:fs';
import { dirname } from 'node:path';
import { Frontier } from '../../log/frontier.js';
import { EMPTY_ROOT, type NodeRef } from '../../log/merkle.js';
import type { PendingRecord, ProofRecord } from '../../log/record.js';
import type { SignedTreeHead } from '../../log/tree-head.js';
import type { Cosignature } from '../../witness/cosignature.js';
import { answerDuplicates, bindGroup, latestRecord, type ChainState } from '../../binding/bind-group.js';
import { groupBySite, planSiteAppend } from '../append-plan.js';
import { CONSENT_INDEX_SCHEMA, ConsentIndex, rid, SPAN } from './consent-index.js';
import { SqliteStats } from './stats.js';
import { RollupBatch, type RollupRow } from '../../stats/rollup.js';
import type { ImpressionRow, StatsRange } from '../../stats/report.js';
import type {
  AppendRefusal,
  AppendResult,
  ChainBinding,
  LogHead,
  ProofStore,
  StoredRecord,
  StoredRow,
  TombstoneFilter,
} from '../types.js';

/** Options of {@link SqliteStore}. */
export interface SqliteStoreOptions {
  /** Database file (created with its folder), or ':memory:'. */
  path: string;
  /** 'NORMAL' (default) or 'FULL'; see the module comment. */
  synchronous?: 'FULL' | 'NORMAL';
  /**
   * WAL pages after which a commit also checkpoints (SQLite's default is 1000).
   * {@link SqliteWorkerStore} raises it and checkpoints on a separate thread instead.
   */
  walAutocheckpoint?: number;
  /**
   * Page cache of the connection in MiB (default 8; the OS page cache holds the rest). Appends
   * touch the tails of two tables and one slice of the consent-id tree, so a larger one did not
   * append faster with 1M records stored; it only added RSS.
   */
  cacheSizeMb?: number;
  /** Consent-id entries kept in memory before they are merged into the on-disk tree (default 65,536); see consent-index.ts. */
  recentIndexMax?: number;
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS sites (
  id INTEGER PRIMARY KEY, origin TEXT NOT NULL UNIQUE,
  size INTEGER NOT NULL DEFAULT 0, root BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS records (
  rid INTEGER PRIMARY KEY, -- site_id * 2^40 + log index: appends stay sequential, no extra key index
  id TEXT NOT NULL, consent BLOB, -- indexed by consent_index and in memory (consent-index.ts)
  server_time INTEGER NOT NULL, leaf_hash BLOB NOT NULL,
  body TEXT, tombstone TEXT, tombstoned_at INTEGER);
CREATE TABLE IF NOT EXISTS nodes (
  site_id INTEGER NOT NULL, level INTEGER NOT NULL, idx INTEGER NOT NULL, hash BLOB NOT NULL,
  PRIMARY KEY (site_id, level, idx)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS tree_heads (
  id INTEGER PRIMARY KEY AUTOINCREMENT, site_id INTEGER NOT NULL, tree_size INTEGER NOT NULL, sth TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS tree_heads_site ON tree_heads (site_id, id);
CREATE TABLE IF NOT EXISTS cosignatures ( -- witness/cosignature.ts
  site_id INTEGER NOT NULL, tree_size INTEGER NOT NULL, witness TEXT NOT NULL, timestamp TEXT NOT NULL, cosig TEXT NOT NULL,
  PRIMARY KEY (site_id, tree_size, witness, timestamp)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS chain_keys ( -- binding/chain-key.ts; chains created before it have no row
  consent BLOB NOT NULL, site_id INTEGER NOT NULL, key TEXT NOT NULL,
  PRIMARY KEY (consent, site_id)) WITHOUT ROWID;
`;

/** The latest record of a chain, as its append reads it. */
type LatestRow = { id: string; leaf_hash: Buffer; body: string | null };

const MAX_SITES = 2 ** 13; // keeps record keys (consent-index.ts: rid) safe JS integers
/** 16-byte form of a UUID, for a compact index. */
const uuidBytes = (uuid: string) => Buffer.from(uuid.replace(/-/g, ''), 'hex');

/**
 * ProofStore on one SQLite file.
 * @example
 * const store = new SqliteStore({ path: './data/proofs.db' });
 * await store.init();
 */
export class SqliteStore implements ProofStore {
  readonly kind = 'sqlite';
  private db!: Database.Database;
  private readonly frontiers = new Map<number, Frontier>();
  private readonly siteIds = new Map<string, number>();
  private s!: Record<string, Database.Statement>;
  private consents!: ConsentIndex;
  private stats!: SqliteStats;

  constructor(private readonly options: SqliteStoreOptions) {}

  async init(): Promise<void> {
    if (this.db) return;
    if (this.options.path !== ':memory:') {
      // Owner only: proofs hold IP prefixes and consent histories. SQLite gives the
      // -wal and -shm files the database file's mode, so creating it 0600 covers them.
      mkdirSync(dirname(this.options.path), { recursive: true, mode: 0o700 });
      closeSync(openSync(this.options.path, 'a', 0o600));
    }
    const db = new Database(this.options.path);
    if (this.options.path !== ':memory:')
      // A database an older version created 0644 is tightened too.
      for (const f of [this.options.path, `${this.options.path}-wal`, `${this.options.path}-shm`])
        if (existsSync(f)) chmodSync(f, 0o600);
    db.pragma('journal_mode = WAL');
    db.pragma(`synchronous = ${this.options.synchronous ?? 'NORMAL'}`);
    db.pragma('busy_timeout = 10000');
    db.pragma(`cache_size = -${Math.floor((this.options.cacheSizeMb ?? 8) * 1024)}`);
    db.pragma(`wal_autocheckpoint = ${Math.max(0, Math.floor(this.options.walAutocheckpoint ?? 1000))}`);
    db.pragma('journal_size_limit = 67108864'); // truncate a grown WAL back to 64 MB when it restarts
    db.exec(SCHEMA + CONSENT_INDEX_SCHEMA);
    this.db = db;
    this.consents = new ConsentIndex(db, this.options.recentIndexMax);
    this.stats = new SqliteStats(db);
    this.s = {
      siteId: db.prepare('SELECT id FROM sites WHERE origin = ?').pluck(),
      addSite: db.prepare('INSERT INTO sites (origin, size, root) VALUES (?, 0, ?) ON CONFLICT (origin) DO NOTHING'),
      siteHead: db.prepare('SELECT size, root FROM sites WHERE id = ?'),
      setHead: db.prepare('UPDATE sites SET size = ?, root = ? WHERE id = ?'),
      sites: db.prepare('SELECT origin FROM sites ORDER BY origin').pluck(),
      latestRow: db.prepare('SELECT id, leaf_hash, body FROM records WHERE rid = ?'),
      insRecord: db.prepare(
        'INSERT INTO records (rid, id, consent, server_time, leaf_hash, body) VALUES (?, ?, ?, ?, ?, ?)',
      ),
      insNode: db.prepare('INSERT INTO nodes (site_id, level, idx, hash) VALUES (?, ?, ?, ?)'),
      leaf: db.prepare('SELECT leaf_hash FROM records WHERE rid = ?').pluck(),
      node: db.prepare('SELECT hash FROM nodes WHERE site_id = ? AND level = ? AND idx = ?').pluck(),
      live: db.prepare('SELECT body, leaf_hash FROM records WHERE rid = ? AND body IS NOT NULL'),
      tombstoneRow: db.prepare(
        'UPDATE records SET body = NULL, consent = NULL, tombstone = ?, tombstoned_at = ? WHERE rid = ? AND body IS NOT NULL',
      ),
      purgeBefore: db.prepare(
        // Log events (events/log-event.ts, consent id all zeros) are never purged: they explain the tombstones.
        'UPDATE records SET body = NULL, consent = NULL, tombstone = ?, tombstoned_at = ? WHERE server_time < ? AND body IS NOT NULL AND consent != zeroblob(16)',
      ),
      rows: db.prepare(
        'SELECT rid, id, leaf_hash, body, tombstone, server_time FROM records WHERE rid BETWEEN ? AND ? ORDER BY rid LIMIT ?',
      ),
      addSth: db.prepare('INSERT INTO tree_heads (site_id, tree_size, sth) VALUES (?, ?, ?)'),
      lastSth: db.prepare('SELECT sth FROM tree_heads WHERE site_id = ? ORDER BY id DESC LIMIT 1').pluck(),
      allSth: db.prepare('SELECT sth FROM tree_heads WHERE site_id = ? ORDER BY id').pluck(),
      chainKey: db.prepare('SELECT key FROM chain_keys WHERE consent = ? AND site_id = ?').pluck(),
      addCosig: db.prepare(
        'INSERT OR IGNORE INTO cosignatures (site_id, tree_size, witness, timestamp, cosig) VALUES (?, ?, ?, ?, ?)',
      ),
      cosigs: db.prepare('SELECT cosig FROM cosignatures WHERE site_id = ? ORDER BY tree_size, timestamp').pluck(),
      addChainKey: db.prepare('INSERT INTO chain_keys (consent, site_id, key) VALUES (?, ?, ?)'),
      dropChainKeys: db.prepare('DELETE FROM chain_keys WHERE consent = ?'),
    };
  }

  /** The underlying better-sqlite3 handle (tests, tooling). */
  get database(): Database.Database {
    return this.db;
  }

  /**
   * Id of a site; only committed rows are cached. A row created here (`create`) is
   * not cached: inside an append it is part of the transaction and is gone again if
   * that rolls back, so `append` caches it after the commit.
   */
  private siteId(origin: string, create: boolean): number | undefined {
    const known = this.siteIds.get(origin);
    if (known !== undefined) return known;
    let id = this.s.siteId!.get(origin) as number | undefined;
    let created = false;
    if (id === undefined && create) {
      this.s.addSite!.run(origin, Buffer.from(EMPTY_ROOT, 'hex'));
      id = this.s.siteId!.get(origin) as number;
      created = true;
    }
    if (id !== undefined && id >= MAX_SITES)
      throw new Error(`too many sites in one SQLite file (max ${MAX_SITES - 1})`);
    if (id !== undefined && !created) this.siteIds.set(origin, id);
    return id;
  }

  private readNodes(siteId: number, refs: NodeRef[]): Map<string, Buffer> {
    const out = new Map<string, Buffer>();
    for (const r of refs) {
      const h = (
        r.level === 0 ? this.s.leaf!.get(rid(siteId, r.index)) : this.s.node!.get(siteId, r.level, r.index)
      ) as Buffer | undefined;
      if (h) out.set(`${r.level}:${r.index}`, h);
    }
    return out;
  }

  async append(
    records: PendingRecord[],
    verifiedKeys?: ReadonlyArray<string | undefined>,
  ): Promise<Array<AppendResult | AppendRefusal>> {
    const results: Array<AppendResult | AppendRefusal> = new Array(records.length);
    const staged = new Map<number, Frontier>();
    const stagedIds = new Map<string, number>();
    const rollups = new RollupBatch();
    const run = this.db.transaction(() => {
      this.consents.begin();
      for (let group of groupBySite(records)) {
        const siteId = this.siteId(group.site, true)!;
        stagedIds.set(group.site, siteId);
        const head = this.s.siteHead!.get(siteId) as { size: number; root: Buffer };
        let frontier = this.frontiers.get(siteId);
        if (!frontier || frontier.size !== head.size) {
          frontier = Frontier.loadSync((refs) => this.readNodes(siteId, refs), head.size);
        }
        frontier = frontier.clone();
        const prevIds = new Map<string, string | null>();
        const consentKeys = new Map<string, Buffer>();
        const chainKeys = new Map<string, string>();
        const latest: NonNullable<ChainState['latest']> = new Map();
        for (const r of group.records)
          if (!consentKeys.has(r.consentId)) {
            const key = uuidBytes(r.consentId);
            consentKeys.set(r.consentId, key);
            const last = this.consents.latest(key, rid(siteId, 0), rid(siteId, SPAN - 1));
            const row = last === undefined ? undefined : (this.s.latestRow!.get(last) as LatestRow);
            prevIds.set(r.consentId, row ? row.id : null);
            if (row)
              latest.set(
                r.consentId,
                latestRecord(row.id, group.site, last! - rid(siteId, 0), row.leaf_hash, row.body),
              );
            const chainKey = this.s.chainKey!.get(key, siteId) as string | undefined;
            if (chainKey !== undefined) chainKeys.set(r.consentId, chainKey);
          }
        const bound = bindGroup(group, verifiedKeys, { prevIds, keys: chainKeys, latest });
        for (const [pos, refusal] of bound.refusals) results[pos] = refusal;
        for (const [consentId, key] of bound.newKeys) this.s.addChainKey!.run(consentKeys.get(consentId), siteId, key);
        group = bound.accepted;
        const plan = planSiteAppend(frontier, group.records, prevIds);
        plan.sealed.forEach((s, i) => {
          const r = s.record;
          const key = consentKeys.get(r.consentId)!;
          this.s.insRecord!.run(rid(siteId, r.index), r.id, key, Date.parse(r.serverTime), s.leafHash, s.body);
          this.consents.add(siteId, key, rid(siteId, r.index));
          rollups.add(siteId, r);
          results[group.positions[i]!] = {
            id: r.id,
            site: r.site,
            index: r.index,
            leafHash: s.leafHash.toString('hex'),
          };
        });
        answerDuplicates(results, bound.duplicates);
        for (const n of plan.nodes) this.s.insNode!.run(siteId, n.level, n.index, n.hash);
        this.s.setHead!.run(plan.size, plan.root, siteId);
        staged.set(siteId, frontier);
      }
      this.stats.apply(rollups);
      this.consents.compact();
    });
    try {
      run.immediate();
    } catch (err) {
      for (const id of staged.keys()) this.frontiers.delete(id);
      this.consents.rolledBack();
      throw err;
    }
    for (const [site, id] of stagedIds) this.siteIds.set(site, id);
    for (const [id, f] of staged) this.frontiers.set(id, f);
    return results;
  }

  async chainBinding(site: string, consentId: string): Promise<ChainBinding> {
    const id = this.siteId(site, false);
    if (id === undefined) return { state: 'new' };
    const key = uuidBytes(consentId);
    return this.db.transaction((): ChainBinding => {
      const stored = this.s.chainKey!.get(key, id) as string | undefined;
      if (stored !== undefined) return { state: 'bound', key: stored };
      this.consents.begin(); // another connection may have appended since
      return this.consents.latest(key, rid(id, 0), rid(id, SPAN - 1)) === undefined
        ? { state: 'new' }
        : { state: 'unbound' };
    })();
  }

  async sites(): Promise<string[]> {
    return this.s.sites!.all() as string[];
  }

  async head(site: string): Promise<LogHead> {
    const id = this.siteId(site, false);
    if (id === undefined) return { site, size: 0, rootHash: EMPTY_ROOT };
    const h = this.s.siteHead!.get(id) as { size: number; root: Buffer };
    return { site, size: h.size, rootHash: h.root.toString('hex') };
  }

  nodeReader(site: string) {
    return (refs: NodeRef[]) => {
      const id = this.siteId(site, false);
      return id === undefined ? new Map<string, Buffer>() : this.readNodes(id, refs);
    };
  }

  async recordsByConsent(consentId: string, site?: string): Promise<StoredRecord[]> {
    const id = site === undefined ? undefined : this.siteId(site, false);
    if (site !== undefined && id === undefined) return [];
    const key = uuidBytes(consentId);
    const rows = this.db.transaction(() => {
      this.consents.begin(); // another connection may have appended or erased since
      const rids = id === undefined ? this.consents.rids(key) : this.consents.rids(key, rid(id, 0), rid(id, SPAN - 1));
      return rids
        .sort((a, b) => a - b)
        .map((r) => this.s.live!.get(r) as { body: string; leaf_hash: Buffer } | undefined);
    })();
    return rows
      .filter((r) => r !== undefined)
      .map((r) => ({ record: JSON.parse(r.body) as ProofRecord, leafHash: r.leaf_hash.toString('hex') }));
  }

  async readRows(site: string, fromIndex: number, limit: number): Promise<StoredRow[]> {
    const id = this.siteId(site, false);
    if (id === undefined) return [];
    const rows = this.s.rows!.all(rid(id, fromIndex), rid(id, SPAN - 1), limit) as Array<{
      rid: number;
      id: string;
      leaf_hash: Buffer;
      body: string | null;
      tombstone: string | null;
      server_time: number;
    }>;
    return rows.map((r) => ({
      site,
      index: r.rid - rid(id, 0),
      id: r.id,
      leafHash: r.leaf_hash.toString('hex'),
      body: r.body,
      tombstone: r.tombstone,
      serverTime: new Date(r.server_time).toISOString(),
    }));
  }

  async saveTreeHead(sth: SignedTreeHead): Promise<void> {
    this.s.addSth!.run(this.siteId(sth.site, true), sth.treeSize, JSON.stringify(sth));
  }

  async saveCosignature(c: Cosignature): Promise<void> {
    this.s.addCosig!.run(this.siteId(c.site, true), c.treeSize, c.witnessKeyId, c.timestamp, JSON.stringify(c));
  }

  async cosignatures(site: string): Promise<Cosignature[]> {
    const id = this.siteId(site, false);
    return id === undefined ? [] : (this.s.cosigs!.all(id) as string[]).map((t) => JSON.parse(t) as Cosignature);
  }

  async latestTreeHead(site: string): Promise<SignedTreeHead | null> {
    const id = this.siteId(site, false);
    const raw = id === undefined ? undefined : (this.s.lastSth!.get(id) as string | undefined);
    return raw ? (JSON.parse(raw) as SignedTreeHead) : null;
  }

  async treeHeads(site: string): Promise<SignedTreeHead[]> {
    const id = this.siteId(site, false);
    if (id === undefined) return [];
    return (this.s.allSth!.all(id) as string[]).map((s) => JSON.parse(s) as SignedTreeHead);
  }

  async tombstone(filter: TombstoneFilter, reason: 'retention' | 'erasure'): Promise<number> {
    const now = Date.now();
    const run = this.db.transaction(() => {
      this.consents.begin();
      const rollups = new RollupBatch(); // the counts of the records tombstoned are taken back

      if (!('consentId' in filter)) {
        // One statement each, however many records a retention purge covers.
        const before = filter.before.getTime();
        this.consents.unindexLiveBefore(before);
        this.stats.takeBackBefore(rollups, before);
        this.stats.apply(rollups);
        const changed = this.s.purgeBefore!.run(reason, now, before).changes;
        if (changed) this.consents.removed(true);
        return changed;
      }
      const key = uuidBytes(filter.consentId);
      this.s.dropChainKeys!.run(key); // an erased chain is forgotten: its consent id may start afresh
      let changed = 0;
      for (const r of this.consents.rids(key)) {
        this.stats.takeBack(rollups, r);
        changed += this.s.tombstoneRow!.run(reason, now, r).changes;
        this.consents.remove(key, r);
      }
      this.stats.apply(rollups);
      if (changed) this.consents.removed();
      return changed;
    });
    try {
      return run.immediate();
    } catch (err) {
      this.consents.rolledBack();
      throw err;
    }
  }

  async statsRange(site: string, from: number, to: number): Promise<StatsRange> {
    return this.stats.range(this.siteId(site, false), site, from, to);
  }

  async addImpressions(rows: Array<ImpressionRow & { site: string }>): Promise<void> {
    this.stats.addImpressions(rows);
  }

  async rollupRows(site: string): Promise<RollupRow[]> {
    const id = this.siteId(site, false);
    return id === undefined ? [] : this.stats.rows(id);
  }

  async rebuildStats(): Promise<number> {
    return this.db.transaction(() => this.stats.rebuild()).immediate();
  }

  async close(): Promise<void> {
    if (this.db?.open) this.db.close();
  }
}
