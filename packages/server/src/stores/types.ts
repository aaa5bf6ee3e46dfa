/**
 * The storage contract every backend implements (SQLite, PostgreSQL).
 * Every method that writes does so in one transaction: all or nothing.
 */
import type { NodeReader } from '../log/merkle.js';
import type { PendingRecord, ProofRecord } from '../log/record.js';
import type { SignedTreeHead } from '../log/tree-head.js';

/** Where an appended record ended up. */
export interface AppendResult {
  id: string;
  site: string;
  index: number;
  /** Hex leaf hash. */
  leafHash: string;
}

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
export interface ProofStore {
  /** 'sqlite' | 'postgres' | …, for diagnostics. */
  readonly kind: string;
  /** Creates tables if needed. Idempotent. */
  init(): Promise<void>;
  /**
   * Appends records (any mix of sites) in ONE transaction: assigns log indexes,
   * links each to the previous record of its consent id, stores leaf and tree
   * nodes. Resolves only after commit. Safe under concurrent writers.
   */
  append(records: PendingRecord[]): Promise<AppendResult[]>;
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
  /** Replaces matching record bodies by tombstones, keeping leaf hashes. Returns the count. */
  tombstone(filter: TombstoneFilter, reason: 'retention' | 'erasure'): Promise<number>;
  /** Releases connections / file handles. */
  close(): Promise<void>;
}
