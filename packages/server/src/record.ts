/**
 * The stored consent-proof record and its leaf hash.
 * leaf = SHA-256(0x00 ‖ JCS(record)), JCS = RFC 8785 canonical JSON.
 */
import { hashLeaf } from './merkle.js';

/**
 * Actions the SDK reports.
 * @example ACTIONS.includes(body.action)
 */
export const ACTIONS = ['accept_all', 'reject_all', 'custom', 'withdraw', 'reprompt', 'expire'] as const;
/**
 * UI surfaces the SDK reports.
 * @example SURFACES.includes(body.surface)
 */
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

/**
 * Canonical JSON (RFC 8785, JCS) of a JSON value: object keys sorted by UTF-16
 * code units, no whitespace, strings and numbers serialised as ECMAScript's
 * JSON.stringify does (which is what RFC 8785 specifies). Cross-checked against
 * the `canonicalize` package in record.test.ts; hand-written because it is
 * several times faster on the hot path.
 * @example jcs({ b: 1, a: [true, null] }) // '{"a":[true,null],"b":1}'
 */
export function jcs(value: unknown): string {
  const sorted = sortKeys(value);
  return sorted === SLOW ? slowJcs(value) : JSON.stringify(sorted);
}

const SLOW = Symbol('slow');
const INDEX_LIKE = /^(0|[1-9]\d{0,9})$/;

/** Copy with keys inserted in sorted order; SLOW when JS would reorder them (integer-like keys). */
function sortKeys(value: unknown): unknown {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value)) throw new TypeError('JCS cannot encode NaN or Infinity');
    if (typeof value === 'function' || typeof value === 'symbol' || typeof value === 'bigint')
      throw new TypeError(`JCS cannot encode a ${typeof value}`);
    return value;
  }
  if (Array.isArray(value)) {
    const out = new Array(value.length);
    for (let i = 0; i < value.length; i++) {
      const v = sortKeys(value[i] === undefined ? null : value[i]);
      if (v === SLOW) return SLOW;
      out[i] = v;
    }
    return out;
  }
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj);
  let inOrder = true;
  for (let i = 1; i < keys.length && inOrder; i++) if (keys[i - 1]! >= keys[i]!) inOrder = false;
  if (!inOrder) keys.sort();
  let changed = !inOrder;
  const vals = new Array<unknown>(keys.length);
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i]!;
    if (INDEX_LIKE.test(k)) return SLOW;
    const raw = obj[k];
    if (raw === undefined) {
      changed = true;
      continue;
    }
    const v = sortKeys(raw);
    if (v === SLOW) return SLOW;
    if (v !== raw) changed = true;
    vals[i] = v;
  }
  if (!changed) return obj;
  const out: Record<string, unknown> = {};
  for (let i = 0; i < keys.length; i++) if (obj[keys[i]!] !== undefined) out[keys[i]!] = vals[i];
  return out;
}

/** Straightforward serializer, used when an object has integer-like keys. */
function slowJcs(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : slowJcs(v))).join(',')}]`;
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj).filter((k) => obj[k] !== undefined).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${slowJcs(obj[k])}`).join(',')}}`;
}

/**
 * Gives a pending record its log index and previous-record link, and hashes it.
 * @example const sealed = sealRecord(pending, 41, 'previous-record-id');
 */
export function sealRecord(pending: PendingRecord, index: number, prevId: string | null): SealedRecord {
  const record = toRecord(pending, index, prevId);
  const body = record ? JSON.stringify(record) : jcs({ ...pending, index, prevId });
  return { record: record ?? (JSON.parse(body) as ProofRecord), body, leafHash: hashLeaf(body) };
}

/**
 * Leaf hash (hex) of a record as found in a receipt or export.
 * @example recordLeafHash(receipt.entries[0].record) === receipt.entries[0].leafHash
 */
export function recordLeafHash(record: ProofRecord): string {
  return hashLeaf(jcs(record)).toString('hex');
}

/**
 * Hot path: the record as an object literal whose keys are already in JCS
 * order (checked by record.test.ts), so plain JSON.stringify yields the
 * canonical form. Null for unusual decision ids, which take the generic path.
 */
function toRecord(p: PendingRecord, index: number, prevId: string | null): ProofRecord | null {
  const ids = Object.keys(p.decisions).sort();
  const decisions: Record<string, boolean> = {};
  for (const id of ids) {
    const v = p.decisions[id];
    if (typeof v !== 'boolean' || INDEX_LIKE.test(id)) return null;
    decisions[id] = v;
  }
  if (!Number.isSafeInteger(p.revision)) return null;
  return {
    action: p.action, clientTime: p.clientTime, consentId: p.consentId, decisions, gpc: p.gpc, id: p.id, index,
    ipHmac: p.ipHmac, ipKeyId: p.ipKeyId, ipPrefix: p.ipPrefix, locale: p.locale, page: p.page, prevId,
    revision: p.revision, schema: p.schema, sdkVersion: p.sdkVersion, secGpc: p.secGpc, serverTime: p.serverTime,
    shownHash: p.shownHash, site: p.site, surface: p.surface, uaFamily: p.uaFamily,
  };
}
