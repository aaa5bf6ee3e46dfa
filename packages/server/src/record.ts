/**
 * The stored consent-proof record and its leaf hash.
 * leaf = SHA-256(0x00 ‖ JCS(record)), JCS = RFC 8785 canonical JSON.
 */
import canonicalize from 'canonicalize';
import { hashLeaf } from './merkle.js';

/** Actions the SDK reports. */
export const ACTIONS = ['accept_all', 'reject_all', 'custom', 'withdraw', 'reprompt'] as const;
/** UI surfaces the SDK reports. */
export const SURFACES = ['banner', 'preferences', 'floating', 'api'] as const;

/** What the SDK posts to `POST /v1/proofs`. */
export interface ProofSubmission {
  consentId: string;
  action: (typeof ACTIONS)[number];
  surface: (typeof SURFACES)[number];
  decisions: Record<string, boolean>;
  revision: number;
  shownHash: string;
  locale: string;
  sdkVersion: string;
  gpc: boolean;
  page: string;
  clientTime: string;
}

/**
 * One record of a site's log, exactly as hashed into its leaf.
 * @example
 * const { leafHash } = sealRecord(pending, 0, null);
 */
export interface ProofRecord extends ProofSubmission {
  schema: 'cookiegate-proof/1';
  /** UUIDv7, server generated. */
  id: string;
  /** The allowed origin the proof came from. */
  site: string;
  /** 0-based position in the site's Merkle log. */
  index: number;
  /** Record id of the same consent id's previous record on this site, or null. */
  prevId: string | null;
  /** Authoritative server time, RFC 3339 UTC with milliseconds. */
  serverTime: string;
  /** `Sec-GPC: 1` header seen on the POST. */
  secGpc: boolean;
  /** '203.0.113.0/24' or '2001:db8:85a3::/48'; null when IP storage is off. */
  ipPrefix: string | null;
  /** base64url HMAC-SHA256 of the full IP under key `ipKeyId`, or null. */
  ipHmac: string | null;
  ipKeyId: string | null;
  /** Coarse user-agent family, e.g. 'Chrome 126 / Android / mobile'. */
  uaFamily: string | null;
}

/** A record before the store assigns its log position. */
export type PendingRecord = Omit<ProofRecord, 'index' | 'prevId'>;

/** A record with its canonical bytes and leaf hash. */
export interface SealedRecord {
  record: ProofRecord;
  /** JCS text that was hashed (and is stored). */
  body: string;
  leafHash: Buffer;
}

/** Canonical JSON (RFC 8785) of any JSON value. */
export function jcs(value: unknown): string {
  const out = canonicalize(value);
  if (out === undefined) throw new TypeError('value cannot be canonicalized');
  return out;
}

/**
 * Gives a pending record its log index and previous-record link, and hashes it.
 * @example const sealed = sealRecord(pending, 41, 'previous-record-id');
 */
export function sealRecord(pending: PendingRecord, index: number, prevId: string | null): SealedRecord {
  const record: ProofRecord = { ...pending, index, prevId };
  const body = jcs(record);
  return { record, body, leafHash: hashLeaf(body) };
}

/**
 * Leaf hash (hex) of a record as found in a receipt or export.
 * @example recordLeafHash(receipt.entries[0].record) === receipt.entries[0].leafHash
 */
export function recordLeafHash(record: ProofRecord): string {
  return hashLeaf(jcs(record)).toString('hex');
}
