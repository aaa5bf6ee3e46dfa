/**
 * The storage contract every backend implements (SQLite, PostgreSQL).
 * Every method that writes does so in one transaction: all or nothing.
 */
import type { NodeReader } from '../log/merkle.js';
import type { PendingRecord, ProofRecord } from '../log/record.js';
import type { SignedTreeHead } from '../log/tree-head.js';
import type { Cosignature } from '../witness/cosignature.js';
import type { StatsStore } from '../stats/stats-store.js';

/** Where an appended record ended up. */
export interface AppendResult {
  id: string;
  site: string;
  index: number;
  /** Hex leaf hash. */
  leafHash: string;
  /** The record was already stored: this append was a resend of the same signed body. */
  duplicate?: true;
}

/** A record the store did not append: its chain is bound to another key, or to none (BINDING-SPEC.md). */
export interface AppendRefusal {
  refused: 403 | 409;
  reason: string;
}

/**
 * What a store knows of a chain (a site's consent id): no record yet, records from before
 * binding (no key), or bound to a key (its `chainKeyText`).
 */
export type ChainBinding = { state: 'new' } | { state: 'unbound' } | { state: 'bound'; key: string };

/** A log row as stored, including tombstones. */
export interface StoredRow {
  site: string;
  index: number;
  id: string;
  /** Hex leaf hash (kept for tombstones). */
  leafHash: string;
  /** Exact JCS text that was hashed, or null for a tombstone. */
  body: string | null;
  /** Why the body was removed ('retention' | 'erasure'), or null. */
  tombstone: string | null;
  /** The record's server time (kept for tombstones: a retention event covers those before its date). */
  serverTime: string;
}

/** A live record with its position in the log. */
export interface StoredRecord {
  record: ProofRecord;
  leafHash: string;
}

/** Head of one site's log. */
export interface LogHead {
  site: string;
  size: number;
  /** Hex root hash of the whole log. */
  rootHash: string;
}

/** Which records to tombstone. */
export type TombstoneFilter =
  | { consentId: string }
  /** Every record whose server time is before this instant. */
  | { before: Date };

/**
 * Persistence for per-site Merkle logs of consent proofs.
 * @example
 * const store = new SqliteStore({ path: './data/proofs.db' });
 * await store.init();
 * const [r] = await store.append([pending]);
 */
export interface ProofStore extends StatsStore {
  /** 'sqlite' | 'postgres' | …, for diagnostics. */
  readonly kind: string;
  /** Creates tables if needed. Idempotent. */
  init(): Promise<void>;
  /**
   * Appends records (any mix of sites) in ONE transaction: assigns log indexes,
   * links each to the previous record of its consent id, stores leaf and tree
   * nodes. Resolves only after commit. Safe under concurrent writers.
   * Chain binding is enforced inside the transaction (binding/bind-group.ts): a record whose
   * `chainKey` starts a chain stores that key; `verifiedKeys[i]` is the key text record i's
   * signature was checked with (the HTTP path always gives it), and must be the chain's key.
   * A record that breaks the binding is refused (nothing of it written); the others still append.
   */
  append(
    records: PendingRecord[],
    verifiedKeys?: ReadonlyArray<string | undefined>,
  ): Promise<Array<AppendResult | AppendRefusal>>;
  /** The binding of a site's chain (for the HTTP thread's key cache; `append` re-checks). */
  chainBinding(site: string, consentId: string): Promise<ChainBinding>;
  /** Sites that have a log. */
  sites(): Promise<string[]>;
  /** Current size and root of a site's log (size 0 and the empty root if none). */
  head(site: string): Promise<LogHead>;
  /** Reads stored perfect-subtree hashes (level 0 = leaf hashes) of a site. */
  nodeReader(site: string): NodeReader;
  /** Live (not tombstoned) records of a consent id, oldest first; one site or all. */
  recordsByConsent(consentId: string, site?: string): Promise<StoredRecord[]>;
  /** Rows of a site from `fromIndex`, in index order, tombstones included. */
  readRows(site: string, fromIndex: number, limit: number): Promise<StoredRow[]>;
  /** Stores a signed tree head. */
  saveTreeHead(sth: SignedTreeHead): Promise<void>;
  /** Latest signed tree head of a site, or null. */
  latestTreeHead(site: string): Promise<SignedTreeHead | null>;
  /** All signed tree heads of a site in signing order. */
  treeHeads(site: string): Promise<SignedTreeHead[]>;
  /** Stores a witness's cosignature of a tree head (idempotent per head and witness). */
  saveCosignature(c: Cosignature): Promise<void>;
  /** Cosignatures of a site's heads, oldest first. */
  cosignatures(site: string): Promise<Cosignature[]>;
  /** Replaces matching record bodies by tombstones, keeping leaf hashes. Returns the count. */
  tombstone(filter: TombstoneFilter, reason: 'retention' | 'erasure'): Promise<number>;
  /** Releases connections / file handles. */
  close(): Promise<void>;
}
