/**
 * PostgreSQL backend (pg), for several server processes sharing one database.
 *
 * Concurrency: each append transaction locks the site's head row
 * (`SELECT … FOR UPDATE`), re-reads the tree size and, if another process has
 * appended since, reloads the tree edge from stored nodes. Writers of one site
 * are serialised; writers of different sites run in parallel. Sites are locked
 * in sorted order, so mixed batches cannot deadlock.
 */
import pg from 'pg';
import { Frontier } from '../../log/frontier.js';
import { EMPTY_ROOT, type NodeRef } from '../../log/merkle.js';
import type { PendingRecord, ProofRecord } from '../../log/record.js';
import type { SignedTreeHead } from '../../log/tree-head.js';
import type { Cosignature } from '../../witness/cosignature.js';
import { answerDuplicates, bindGroup, latestRecord } from '../../binding/bind-group.js';
import { NIL_CONSENT } from '../../events/log-event.js';
import { groupBySite, planSiteAppend } from '../append-plan.js';
import { RollupBatch, type RollupRow } from '../../stats/rollup.js';
import type { ImpressionRow, StatsRange } from '../../stats/report.js';
import * as stats from './stats.js';
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

/** Options of {@link PostgresStore}. */
export interface PostgresStoreOptions {
  /** `postgres://user:pass@host:5432/db` */
  connectionString: string;
  /** Schema for the tables (default 'cookiegate'); created if missing. */
  schema?: string;
  /** Pool size (default 10). */
  maxConnections?: number;
}

type Queryable = pg.Pool | pg.PoolClient;
/**
 * A named query is parsed and planned once per connection, not on every call: the hot
 * statements (append, receipts) spent a good part of their time in the planner.
 */
const prepared = (name: string, text: string, values: unknown[]): pg.QueryConfig => ({
  name: `cookiegate_${name}`,
  text,
  values,
});
const EMPTY_ROOT_BYTES = Buffer.from(EMPTY_ROOT, 'hex');

/**
 * ProofStore on PostgreSQL.
 * @example
 * const { PostgresStore } = await import('@cookiegate/server/postgres');
 * const store = new PostgresStore({ connectionString: process.env.COOKIEGATE_DB! });
 * await store.init();
 */
export class PostgresStore implements ProofStore {
  readonly kind = 'postgres';
  private readonly pool: pg.Pool;
  private readonly schema: string;
  private readonly frontiers = new Map<number, Frontier>();
  private readonly siteIds = new Map<string, number>();

  constructor(options: PostgresStoreOptions) {
    this.schema = options.schema ?? 'cookiegate';
    if (!/^[a-z_][a-z0-9_]{0,62}$/.test(this.schema)) throw new Error(`invalid schema name: ${this.schema}`);
    this.pool = new pg.Pool({
      connectionString: options.connectionString,
      max: options.maxConnections ?? 10,
      options: `-c search_path=${this.schema}`,
    });
    this.pool.on('error', () => {}); // idle client errors surface on the next query
  }

  async init(): Promise<void> {
    const c = await this.pool.connect();
    try {
      await c.query('BEGIN');
      await c.query("SELECT pg_advisory_xact_lock(hashtext('cookiegate-schema'))");
      await c.query(`CREATE SCHEMA IF NOT EXISTS ${this.schema}`);
      await c.query(`
        CREATE TABLE IF NOT EXISTS sites (
          id serial PRIMARY KEY, origin text NOT NULL UNIQUE,
          size bigint NOT NULL DEFAULT 0, root bytea NOT NULL);
        CREATE TABLE IF NOT EXISTS records (
          site_id int NOT NULL, idx bigint NOT NULL, id uuid NOT NULL, consent_id uuid,
          server_time timestamptz NOT NULL, leaf_hash bytea NOT NULL,
          body text, tombstone text, tombstoned_at timestamptz,
          PRIMARY KEY (site_id, idx));
        CREATE INDEX IF NOT EXISTS records_consent ON records (consent_id, site_id, idx) WHERE consent_id IS NOT NULL;
        CREATE TABLE IF NOT EXISTS nodes (
          site_id int NOT NULL, level smallint NOT NULL, idx bigint NOT NULL, hash bytea NOT NULL,
          PRIMARY KEY (site_id, level, idx));
        CREATE TABLE IF NOT EXISTS tree_heads (
          id bigserial PRIMARY KEY, site_id int NOT NULL, tree_size bigint NOT NULL, sth text NOT NULL);
        CREATE INDEX IF NOT EXISTS tree_heads_site ON tree_heads (site_id, id);
        CREATE TABLE IF NOT EXISTS cosignatures (
          site_id int NOT NULL, tree_size bigint NOT NULL, witness text NOT NULL, timestamp text NOT NULL, cosig text NOT NULL,
          PRIMARY KEY (site_id, tree_size, witness, timestamp));
        -- binding/chain-key.ts; chains created before it have no row
        CREATE TABLE IF NOT EXISTS chain_keys (
          consent_id uuid NOT NULL, site_id int NOT NULL, key text NOT NULL,
          PRIMARY KEY (consent_id, site_id));`);
      if (await stats.createStatsTables(c)) await stats.rebuildRollups(c);
      await c.query('COMMIT');
    } catch (err) {
      await c.query('ROLLBACK').catch(() => {});
      throw err;
    } finally {
      c.release();
    }
  }

  private readonly lockSql = `INSERT INTO sites (origin, root) VALUES ($1, $2)
    ON CONFLICT (origin) DO UPDATE SET origin = EXCLUDED.origin RETURNING id, size`;

  /** Id of a site; only committed rows are cached. */
  private async siteId(q: Queryable, origin: string, create: boolean): Promise<number | undefined> {
    const known = this.siteIds.get(origin);
    if (known !== undefined) return known;
    if (create) {
      const r = await q.query<{ id: number }>(
        'INSERT INTO sites (origin, root) VALUES ($1, $2) ON CONFLICT (origin) DO UPDATE SET origin = EXCLUDED.origin RETURNING id',
        [origin, EMPTY_ROOT_BYTES],
      );
      return r.rows[0]!.id;
    }
    const r = await q.query<{ id: number }>('SELECT id FROM sites WHERE origin = $1', [origin]);
    const id = r.rows[0]?.id;
    if (id !== undefined) this.siteIds.set(origin, id);
    return id;
  }

  private async readNodes(q: Queryable, siteId: number, refs: NodeRef[]): Promise<Map<string, Buffer>> {
    const leaves = refs.filter((r) => r.level === 0).map((r) => r.index);
    const inner = refs.filter((r) => r.level > 0);
    const r = await q.query<{ level: number; idx: string; hash: Buffer }>(
      prepared(
        'nodes',
        `SELECT 0 AS level, idx, leaf_hash AS hash FROM records WHERE site_id = $1 AND idx = ANY($2::bigint[])
       UNION ALL
       SELECT n.level, n.idx, n.hash FROM nodes n
         JOIN unnest($3::smallint[], $4::bigint[]) AS w(level, idx) ON n.level = w.level AND n.idx = w.idx
       WHERE n.site_id = $1`,
        [siteId, leaves, inner.map((x) => x.level), inner.map((x) => x.index)],
      ),
    );
    return new Map(r.rows.map((row) => [`${row.level}:${row.idx}`, row.hash]));
  }

  async append(
    records: PendingRecord[],
    verifiedKeys?: ReadonlyArray<string | undefined>,
  ): Promise<Array<AppendResult | AppendRefusal>> {
    const results: Array<AppendResult | AppendRefusal> = new Array(records.length);
    const staged = new Map<number, Frontier>();
    const rollups = new RollupBatch();
    const c = await this.pool.connect();
    try {
      await c.query('BEGIN');
      for (let group of groupBySite(records)) {
        // Creates the site if needed and locks its head row until commit.
        const head = await c.query<{ id: number; size: string }>(
          prepared('lock', this.lockSql, [group.site, EMPTY_ROOT_BYTES]),
        );
        const siteId = head.rows[0]!.id;
        const size = Number(head.rows[0]!.size);
        let frontier = this.frontiers.get(siteId);
        if (!frontier || frontier.size !== size)
          frontier = await Frontier.load((refs) => this.readNodes(c, siteId, refs), size);
        frontier = frontier.clone();
        const consentIds = [...new Set(group.records.map((r) => r.consentId))];
        const prev = await c.query<{
          consent_id: string;
          id: string;
          idx: string;
          leaf_hash: Buffer;
          body: string | null;
        }>(
          prepared(
            'latest',
            `SELECT DISTINCT ON (consent_id) consent_id, id, idx, leaf_hash, body FROM records
           WHERE consent_id = ANY($1::uuid[]) AND site_id = $2 ORDER BY consent_id, idx DESC`,
            [consentIds, siteId],
          ),
        );
        const prevIds = new Map<string, string | null>(prev.rows.map((r) => [r.consent_id, r.id]));
        const latest = new Map(
          prev.rows.map((r) => [r.consent_id, latestRecord(r.id, group.site, Number(r.idx), r.leaf_hash, r.body)]),
        );
        const stored = await c.query<{ consent_id: string; key: string }>(
          prepared(
            'chain_keys',
            'SELECT consent_id, key FROM chain_keys WHERE consent_id = ANY($1::uuid[]) AND site_id = $2',
            [consentIds, siteId],
          ),
        );
        const bound = bindGroup(group, verifiedKeys, {
          prevIds,
          keys: new Map(stored.rows.map((r) => [r.consent_id, r.key])),
          latest,
        });
        for (const [pos, refusal] of bound.refusals) results[pos] = refusal;
        if (bound.newKeys.length)
          await c.query(
            prepared(
              'add_chain_keys',
              'INSERT INTO chain_keys (consent_id, site_id, key) SELECT u.c, $1, u.k FROM unnest($2::uuid[], $3::text[]) AS u(c, k)',
              [siteId, bound.newKeys.map(([id]) => id), bound.newKeys.map(([, k]) => k)],
            ),
          );
        group = bound.accepted;
        if (group.records.length === 0) {
          answerDuplicates(results, bound.duplicates);
          continue;
        }
        const plan = planSiteAppend(frontier, group.records, prevIds);
        await c.query(
          prepared(
            'records',
            `INSERT INTO records (site_id, idx, id, consent_id, server_time, leaf_hash, body)
           SELECT $1, * FROM unnest($2::bigint[], $3::uuid[], $4::uuid[], $5::timestamptz[], $6::bytea[], $7::text[])`,
            [
              siteId,
              plan.sealed.map((s) => s.record.index),
              plan.sealed.map((s) => s.record.id),
              plan.sealed.map((s) => s.record.consentId),
              plan.sealed.map((s) => s.record.serverTime),
              plan.sealed.map((s) => s.leafHash),
              plan.sealed.map((s) => s.body),
            ],
          ),
        );
        if (plan.nodes.length)
          await c.query(
            prepared(
              'add_nodes',
              `INSERT INTO nodes (site_id, level, idx, hash)
             SELECT $1, * FROM unnest($2::smallint[], $3::bigint[], $4::bytea[])`,
              [siteId, plan.nodes.map((n) => n.level), plan.nodes.map((n) => n.index), plan.nodes.map((n) => n.hash)],
            ),
          );
        await c.query(
          prepared('set_head', 'UPDATE sites SET size = $1, root = $2 WHERE id = $3', [plan.size, plan.root, siteId]),
        );
        plan.sealed.forEach((s, i) => {
          rollups.add(siteId, s.record);
          results[group.positions[i]!] = {
            id: s.record.id,
            site: s.record.site,
            index: s.record.index,
            leafHash: s.leafHash.toString('hex'),
          };
        });
        answerDuplicates(results, bound.duplicates);
        staged.set(siteId, frontier);
      }
      await stats.applyRollups(c, rollups);
      await c.query('COMMIT');
    } catch (err) {
      await c.query('ROLLBACK').catch(() => {});
      for (const id of staged.keys()) this.frontiers.delete(id);
      throw err;
    } finally {
      c.release();
    }
    for (const [id, f] of staged) this.frontiers.set(id, f);
    return results;
  }

  async chainBinding(site: string, consentId: string): Promise<ChainBinding> {
    const r = await this.pool.query<{ key: string | null; live: boolean }>(
      prepared(
        'chain_binding',
        `SELECT (SELECT k.key FROM chain_keys k WHERE k.consent_id = $1 AND k.site_id = s.id) AS key,
              EXISTS (SELECT 1 FROM records r WHERE r.consent_id = $1 AND r.site_id = s.id) AS live
       FROM sites s WHERE s.origin = $2`,
        [consentId, site],
      ),
    );
    const row = r.rows[0];
    if (row?.key) return { state: 'bound', key: row.key };
    return row?.live ? { state: 'unbound' } : { state: 'new' };
  }

  async sites(): Promise<string[]> {
    return (await this.pool.query<{ origin: string }>('SELECT origin FROM sites ORDER BY origin')).rows.map(
      (r) => r.origin,
    );
  }

  async head(site: string): Promise<LogHead> {
    const r = await this.pool.query<{ size: string; root: Buffer }>(
      prepared('head', 'SELECT size, root FROM sites WHERE origin = $1', [site]),
    );
    const row = r.rows[0];
    return row
      ? { site, size: Number(row.size), rootHash: row.root.toString('hex') }
      : { site, size: 0, rootHash: EMPTY_ROOT };
  }

  nodeReader(site: string) {
    return async (refs: NodeRef[]) => {
      const id = await this.siteId(this.pool, site, false);
      return id === undefined ? new Map<string, Buffer>() : this.readNodes(this.pool, id, refs);
    };
  }

  async recordsByConsent(consentId: string, site?: string): Promise<StoredRecord[]> {
    const r = await this.pool.query<{ body: string; leaf_hash: Buffer }>(
      prepared(
        'by_consent',
        `SELECT r.body, r.leaf_hash FROM records r JOIN sites s ON s.id = r.site_id
       WHERE r.consent_id = $1 AND r.body IS NOT NULL AND ($2::text IS NULL OR s.origin = $2)
       ORDER BY r.site_id, r.idx`,
        [consentId, site ?? null],
      ),
    );
    return r.rows.map((row) => ({
      record: JSON.parse(row.body) as ProofRecord,
      leafHash: row.leaf_hash.toString('hex'),
    }));
  }

  async readRows(site: string, fromIndex: number, limit: number): Promise<StoredRow[]> {
    const id = await this.siteId(this.pool, site, false);
    if (id === undefined) return [];
    const r = await this.pool.query<{
      idx: string;
      id: string;
      leaf_hash: Buffer;
      body: string | null;
      tombstone: string | null;
      server_time: Date;
    }>(
      'SELECT idx, id, leaf_hash, body, tombstone, server_time FROM records WHERE site_id = $1 AND idx >= $2 ORDER BY idx LIMIT $3',
      [id, fromIndex, limit],
    );
    return r.rows.map((row) => ({
      site,
      index: Number(row.idx),
      id: row.id,
      leafHash: row.leaf_hash.toString('hex'),
      body: row.body,
      tombstone: row.tombstone,
      serverTime: row.server_time.toISOString(),
    }));
  }

  async saveTreeHead(sth: SignedTreeHead): Promise<void> {
    const id = await this.siteId(this.pool, sth.site, true);
    await this.pool.query('INSERT INTO tree_heads (site_id, tree_size, sth) VALUES ($1, $2, $3)', [
      id,
      sth.treeSize,
      JSON.stringify(sth),
    ]);
  }

  async saveCosignature(c: Cosignature): Promise<void> {
    const id = await this.siteId(this.pool, c.site, true);
    await this.pool.query(
      'INSERT INTO cosignatures (site_id, tree_size, witness, timestamp, cosig) VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING',
      [id, c.treeSize, c.witnessKeyId, c.timestamp, JSON.stringify(c)],
    );
  }

  async cosignatures(site: string): Promise<Cosignature[]> {
    const r = await this.pool.query<{ cosig: string }>(
      'SELECT c.cosig FROM cosignatures c JOIN sites s ON s.id = c.site_id WHERE s.origin = $1 ORDER BY c.tree_size, c.timestamp',
      [site],
    );
    return r.rows.map((row) => JSON.parse(row.cosig) as Cosignature);
  }

  async latestTreeHead(site: string): Promise<SignedTreeHead | null> {
    const r = await this.pool.query<{ sth: string }>(
      `SELECT t.sth FROM tree_heads t JOIN sites s ON s.id = t.site_id WHERE s.origin = $1 ORDER BY t.id DESC LIMIT 1`,
      [site],
    );
    return r.rows[0] ? (JSON.parse(r.rows[0].sth) as SignedTreeHead) : null;
  }

  async treeHeads(site: string): Promise<SignedTreeHead[]> {
    const r = await this.pool.query<{ sth: string }>(
      `SELECT t.sth FROM tree_heads t JOIN sites s ON s.id = t.site_id WHERE s.origin = $1 ORDER BY t.id`,
      [site],
    );
    return r.rows.map((row) => JSON.parse(row.sth) as SignedTreeHead);
  }

  async tombstone(filter: TombstoneFilter, reason: 'retention' | 'erasure'): Promise<number> {
    // The records' counts are taken back in the same transaction: the CTE holds their bodies as they were.
    const where =
      'consentId' in filter
        ? 'consent_id = $2 AND body IS NOT NULL'
        : `server_time < $2 AND body IS NOT NULL AND consent_id <> '${NIL_CONSENT}'`;
    return this.transaction(async (c) => {
      if ('consentId' in filter) await c.query('DELETE FROM chain_keys WHERE consent_id = $1', [filter.consentId]);
      const r = await c.query<{ site_id: number; body: string }>(
        `WITH t AS (SELECT site_id, idx, body FROM records WHERE ${where} FOR UPDATE)
         UPDATE records r SET body = NULL, consent_id = NULL, tombstone = $1, tombstoned_at = now()
         FROM t WHERE r.site_id = t.site_id AND r.idx = t.idx RETURNING t.site_id, t.body`,
        [reason, 'consentId' in filter ? filter.consentId : filter.before],
      );
      const rollups = new RollupBatch();
      stats.countBodies(rollups, r.rows, -1);
      await stats.applyRollups(c, rollups);
      return r.rowCount ?? 0;
    });
  }

  /** Runs `work` in one transaction on one connection. */
  private async transaction<T>(work: (c: pg.PoolClient) => Promise<T>): Promise<T> {
    const c = await this.pool.connect();
    try {
      await c.query('BEGIN');
      const out = await work(c);
      await c.query('COMMIT');
      return out;
    } catch (err) {
      await c.query('ROLLBACK').catch(() => {});
      throw err;
    } finally {
      c.release();
    }
  }

  async statsRange(site: string, from: number, to: number): Promise<StatsRange> {
    const c = await this.pool.connect();
    try {
      return await stats.statsRange(c, site, from, to);
    } finally {
      c.release();
    }
  }

  async addImpressions(rows: Array<ImpressionRow & { site: string }>): Promise<void> {
    await stats.addImpressions(this.pool, rows);
  }

  async rollupRows(site: string): Promise<RollupRow[]> {
    return stats.rollupRows(this.pool, site);
  }

  async rebuildStats(): Promise<number> {
    return this.transaction(async (c) => {
      // Appends wait (they lock their site's row first), so no record is counted twice or missed.
      await c.query('SELECT id FROM sites ORDER BY origin FOR UPDATE');
      return stats.rebuildRollups(c);
    });
  }

  async close(): Promise<void> {
    await this.pool.end().catch(() => {});
  }
}
