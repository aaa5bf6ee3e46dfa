/**
 * The stored consent-proof record and its leaf hash.
 * leaf = SHA-256(0x00 ‖ canonical(record)), canonical JSON (RFC 8785) from @cookiegate/protocol.
 */
import { canonical, type ProofSubmission } from '@cookiegate/protocol';
import { hashLeaf } from './merkle.js';

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

const INDEX_LIKE = /^(0|[1-9]\d{0,9})$/;

/**
 * Gives a pending record its log index and previous-record link, and hashes it.
 * @example const sealed = sealRecord(pending, 41, 'previous-record-id');
 */
export function sealRecord(pending: PendingRecord, index: number, prevId: string | null): SealedRecord {
  // Log events (events/log-event.ts) have their own shape: the generic path.
  const record = pending.schema === 'cookiegate-proof/1' ? toRecord(pending, index, prevId) : null;
  const body = record ? JSON.stringify(record) : canonical({ ...pending, index, prevId });
  return { record: record ?? (JSON.parse(body) as ProofRecord), body, leafHash: hashLeaf(body) };
}

/**
 * Leaf hash (hex) of a record as found in a receipt or export.
 * @example recordLeafHash(receipt.entries[0].record) === receipt.entries[0].leafHash
 */
export function recordLeafHash(record: ProofRecord): string {
  return hashLeaf(canonical(record)).toString('hex');
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
    action: p.action,
    asked: p.asked,
    chainKey: p.chainKey && { crv: p.chainKey.crv, kty: p.chainKey.kty, x: p.chainKey.x, y: p.chainKey.y },
    clientTime: p.clientTime,
    consentId: p.consentId,
    decisionMs: p.decisionMs,
    decisions,
    gpc: p.gpc,
    gpcApplied: p.gpcApplied,
    id: p.id,
    index,
    ipHmac: p.ipHmac,
    ipKeyId: p.ipKeyId,
    ipPrefix: p.ipPrefix,
    locale: p.locale,
    page: p.page,
    prevId,
    revision: p.revision,
    schema: p.schema,
    sdkVersion: p.sdkVersion,
    secGpc: p.secGpc,
    serverTime: p.serverTime,
    shownHash: p.shownHash,
    sig: p.sig,
    site: p.site,
    surface: p.surface,
    uaFamily: p.uaFamily,
    variant: p.variant,
  };
}
