/**
 * SQLite on a worker thread: the same store as {@link SqliteStore}, but every
 * call is forwarded to a worker that owns the connection. The HTTP thread keeps
 * parsing requests while a batch commits, which is what lets one process use
 * both cores. This is what `serve` uses for `sqlite:` databases.
 */
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { NodeRef } from '../../log/merkle.js';
import type { PendingRecord } from '../../log/record.js';
import type { SignedTreeHead } from '../../log/tree-head.js';
import type { SqliteStoreOptions } from './sqlite.js';
import { moduleWorker } from '../../node/module-worker.js';
import type { Cosignature } from '../../witness/cosignature.js';
import type { RollupRow } from '../../stats/rollup.js';
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

const require = createRequire(import.meta.url);

/**
 * A second connection that copies committed WAL pages into the database file
 * (PASSIVE: never blocks the writer), so commits on the writer thread rarely pay
 * for a checkpoint and its fsync. Plain CommonJS, started with `eval`.
 */
const CHECKPOINTER = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.sqlite);
let db;
const timer = setInterval(() => {
  try {
    if (!db) {
      db = new Database(workerData.path, { fileMustExist: true });
      db.pragma('cache_size = -1024');
    }
    db.pragma('wal_checkpoint(PASSIVE)');
  } catch { /* busy or not created yet: next time */ }
}, workerData.everyMs);
parentPort.on('message', () => { clearInterval(timer); if (db) db.close(); parentPort.postMessage('stopped'); });
`;

type Waiter = { resolve: (v: unknown) => void; reject: (e: unknown) => void };

/**
 * @example
 * const store = new SqliteWorkerStore({ path: './data/proofs.db' });
 * await store.init();
 * await store.append([pending]);
 * await store.close();
 */
export class SqliteWorkerStore implements ProofStore {
  readonly kind = 'sqlite';
  private worker: Worker | undefined;
  private checkpointer: Worker | undefined;
  private readonly waiting = new Map<number, Waiter>();
  private seq = 0;

  constructor(private readonly options: SqliteStoreOptions) {}

  /**
   * Its young generation is capped: its garbage is short-lived, and left alone V8 grows it
   * to 48 MB under load (measured: about 8 MB less peak RSS, no throughput change).
   */
  private spawn(workerData: object): Worker {
    return moduleWorker(import.meta.url, './worker', workerData, { maxYoungGenerationSizeMb: 6 });
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const background = this.options.path !== ':memory:';
    // With a background checkpointer, the writer's own checkpoints (every ~40 MB of WAL) find
    // most pages already copied, so they are short.
    const w = this.spawn({ walAutocheckpoint: background ? 10_000 : 1000, ...this.options });
    if (background && !this.checkpointer) {
      this.checkpointer = new Worker(CHECKPOINTER, {
        eval: true,
        workerData: { path: this.options.path, everyMs: 100, sqlite: require.resolve('better-sqlite3') },
      });
      this.checkpointer.unref();
      this.checkpointer.on('error', () => {});
    }
    w.unref();
    w.on(
      'message',
      (m: {
        id: number;
        json?: string;
        nodes?: Array<[string, string]>;
        error?: { message: string; stack?: string };
      }) => {
        const waiter = this.waiting.get(m.id);
        if (!waiter) return;
        this.waiting.delete(m.id);
        if (this.waiting.size === 0) w.unref();
        if (m.error) waiter.reject(Object.assign(new Error(m.error.message), { stack: m.error.stack }));
        else if (m.nodes) waiter.resolve(new Map(m.nodes.map(([k, v]) => [k, Buffer.from(v, 'hex')])));
        else waiter.resolve(m.json === undefined ? undefined : JSON.parse(m.json));
      },
    );
    w.on('error', (err) => this.failAll(err));
    w.on('exit', (code) => {
      this.worker = undefined;
      this.failAll(new Error(`SQLite worker exited (${code})`));
    });
    this.worker = w;
    return w;
  }

  private failAll(err: unknown): void {
    for (const w of this.waiting.values()) w.reject(err);
    this.waiting.clear();
  }

  private call<T>(method: string, ...args: unknown[]): Promise<T> {
    const w = this.start();
    const id = ++this.seq;
    return new Promise<T>((resolve, reject) => {
      if (this.waiting.size === 0) w.ref();
      this.waiting.set(id, { resolve: resolve as (v: unknown) => void, reject });
      w.postMessage({ id, method, json: JSON.stringify(args) });
    });
  }

  init(): Promise<void> {
    return this.call('init');
  }
  append(
    records: PendingRecord[],
    verifiedKeys?: ReadonlyArray<string | undefined>,
  ): Promise<Array<AppendResult | AppendRefusal>> {
    return this.call('append', records, verifiedKeys);
  }
  saveCosignature(c: Cosignature): Promise<void> {
    return this.call('saveCosignature', c);
  }
  cosignatures(site: string): Promise<Cosignature[]> {
    return this.call('cosignatures', site);
  }
  chainBinding(site: string, consentId: string): Promise<ChainBinding> {
    return this.call('chainBinding', site, consentId);
  }
  sites(): Promise<string[]> {
    return this.call('sites');
  }
  head(site: string): Promise<LogHead> {
    return this.call('head', site);
  }
  nodeReader(site: string) {
    return async (refs: NodeRef[]) => {
      return this.call<Map<string, Buffer>>('readNodes', site, refs);
    };
  }
  recordsByConsent(consentId: string, site?: string): Promise<StoredRecord[]> {
    return this.call('recordsByConsent', consentId, site);
  }
  readRows(site: string, fromIndex: number, limit: number): Promise<StoredRow[]> {
    return this.call('readRows', site, fromIndex, limit);
  }
  saveTreeHead(sth: SignedTreeHead): Promise<void> {
    return this.call('saveTreeHead', sth);
  }
  latestTreeHead(site: string): Promise<SignedTreeHead | null> {
    return this.call('latestTreeHead', site);
  }
  treeHeads(site: string): Promise<SignedTreeHead[]> {
    return this.call('treeHeads', site);
  }
  tombstone(filter: TombstoneFilter, reason: 'retention' | 'erasure'): Promise<number> {
    return this.call('tombstone', filter, reason);
  }
  statsRange(site: string, from: number, to: number): Promise<StatsRange> {
    return this.call('statsRange', site, from, to);
  }
  addImpressions(rows: Array<ImpressionRow & { site: string }>): Promise<void> {
    return this.call('addImpressions', rows);
  }
  rollupRows(site: string): Promise<RollupRow[]> {
    return this.call('rollupRows', site);
  }
  rebuildStats(): Promise<number> {
    return this.call('rebuildStats');
  }
  async close(): Promise<void> {
    const cp = this.checkpointer;
    this.checkpointer = undefined;
    if (cp) {
      const stopped = new Promise((r) => cp.once('message', r).once('exit', r));
      cp.postMessage('stop');
      await stopped;
      await cp.terminate();
    }
    if (!this.worker) return;
    await this.call('close');
    await this.worker?.terminate();
    this.worker = undefined;
  }
}
