/**
 * Receipts: a consent id's records with inclusion proofs against signed tree
 * heads, verifiable by anyone holding the public key, without the database.
 */
import {
  chainKeyFromText,
  chainKeyText,
  chainPublicKey,
  signedBytes,
  verifyChainSig,
  type ChainKeyJwk,
} from '../binding/chain-key.js';
import { inclusionProof, verifyInclusion } from '../log/merkle.js';
import { recordLeafHash, type ProofRecord } from '../log/record.js';
import type { ProofStore } from '../stores/types.js';
import { verifyTreeHead, type SignedTreeHead } from '../log/tree-head.js';
import type { TreeHeadService } from './tree-head-service.js';
import { verifyCosignature, type Cosignature } from '../witness/cosignature.js';
import { createPublicKey, type KeyObject } from 'node:crypto';

/** One record with its audit path. */
export interface ReceiptEntry {
  record: ProofRecord;
  /** Hex leaf hash: SHA-256(0x00 ‖ JCS(record)). */
  leafHash: string;
  /** Hex audit path from the leaf to the root of the site's tree head. */
  inclusionProof: string[];
}

/** A record not yet under a signed tree head (see {@link Receipt.pending}). */
export interface PendingEntry {
  record: ProofRecord;
  leafHash: string;
}

/** What `GET /v1/proofs/{consentId}` returns. */
export interface Receipt {
  consentId: string;
  /** One signed tree head per site that has records of this consent id. */
  treeHeads: SignedTreeHead[];
  /** Records proven included in their site's signed tree head. */
  entries: ReceiptEntry[];
  /**
   * Records newer than their site's newest tree head, when that head is younger than the
   * head interval (heads are signed at most once per interval): stored, but not yet proven.
   * Ask again after `pendingUntil` for a receipt that proves them.
   */
  pending?: PendingEntry[];
  /** RFC 3339 time by which the next tree head is due; set with `pending`. */
  pendingUntil?: string;
  /** The chain's public key per site (chains from before binding have none): every record's `sig` verifies under it. */
  chainKeys: Record<string, ChainKeyJwk>;
  /** The chain key when every entry is of one site (the usual receipt, asked for with an Origin). */
  chainKey?: ChainKeyJwk;
  /** Witnesses' cosignatures of the receipt's tree heads (witness/cosignature.ts). */
  cosignatures: Cosignature[];
}

/**
 * Builds a receipt against each site's newest tree head, signing a new head when the newest
 * does not cover a record and is older than the head interval; otherwise the records past it
 * are listed as pending.
 * @example const receipt = await buildReceipt(store, treeHeads, consentId, 'https://shop.example');
 */
export async function buildReceipt(
  store: ProofStore,
  heads: TreeHeadService,
  consentId: string,
  site?: string,
): Promise<Receipt> {
  const records = await store.recordsByConsent(consentId, site);
  const bySite = new Map<string, typeof records>();
  for (const r of records) {
    const list = bySite.get(r.record.site) ?? [];
    list.push(r);
    bySite.set(r.record.site, list);
  }
  const treeHeads: SignedTreeHead[] = [];
  const entries: ReceiptEntry[] = [];
  const pending: PendingEntry[] = [];
  let due = 0;
  const chainKeys: Record<string, ChainKeyJwk> = {};
  for (const [s, list] of bySite) {
    const binding = await store.chainBinding(s, consentId);
    if (binding.state === 'bound') chainKeys[s] = chainKeyFromText(binding.key);
    const maxIndex = Math.max(...list.map((r) => r.record.index));
    const sth = await heads.covering(s, maxIndex + 1);
    if (!sth) continue; // unreachable: without any head, covering() signs one
    treeHeads.push(sth);
    const read = store.nodeReader(s);
    for (const r of list) {
      if (r.record.index >= sth.treeSize) {
        pending.push({ record: r.record, leafHash: r.leafHash });
        due = Math.max(due, heads.nextHeadDue(sth));
      } else
        entries.push({
          record: r.record,
          leafHash: r.leafHash,
          inclusionProof: await inclusionProof(read, r.record.index, sth.treeSize),
        });
    }
  }
  const cosignatures: Cosignature[] = [];
  for (const h of treeHeads)
    for (const c of await store.cosignatures(h.site))
      if (c.treeSize === h.treeSize && c.rootHash === h.rootHash && c.timestamp === h.timestamp) cosignatures.push(c);
  const only = Object.values(chainKeys);
  return {
    consentId,
    treeHeads,
    entries,
    ...(pending.length ? { pending, pendingUntil: new Date(due).toISOString() } : {}),
    chainKeys,
    cosignatures,
    ...(bySite.size === 1 && only.length === 1 ? { chainKey: only[0] } : {}),
  };
}

/** Outcome of {@link verifyReceipt}. */
export interface ReceiptVerification {
  /** Every proven entry checks out (pending records are not proven, see `pending`). */
  valid: boolean;
  /** Human-readable reasons; empty when valid. */
  problems: string[];
  /** Ids of pending records (not yet under a signed head); absent when there are none. */
  pending?: string[];
}

/**
 * Verifies a receipt offline: tree head signatures, leaf hashes, inclusion proofs, and the chain
 * signatures (every record of a bound chain signed by its key; a first record's `chainKey` is that key).
 * @example
 * const key = (await (await fetch('https://proofs.example/v1/public-key')).json()).publicKeyPem;
 * const { valid, problems } = verifyReceipt(receipt, key, { witnesses: [witnessPem] }); // witnesses: optional
 */
export function verifyReceipt(
  receipt: Receipt,
  publicKeyPem: string,
  options: { witnesses?: Array<string | KeyObject> } = {},
): ReceiptVerification {
  const problems: string[] = [];
  const heads = new Map<string, SignedTreeHead>();
  const witnesses = (options.witnesses ?? []).map((k) => (typeof k === 'string' ? createPublicKey(k) : k));
  for (const sth of receipt.treeHeads ?? []) {
    if (!verifyTreeHead(sth, publicKeyPem))
      problems.push(`tree head of ${sth.site} (size ${sth.treeSize}): bad signature`);
    else heads.set(sth.site, sth);
    // With witnesses given, each head must carry a valid cosignature by one of them.
    if (witnesses.length) {
      const ok = (receipt.cosignatures ?? []).some(
        (c) =>
          c.site === sth.site &&
          c.treeSize === sth.treeSize &&
          c.rootHash === sth.rootHash &&
          c.timestamp === sth.timestamp &&
          c.keyId === sth.keyId &&
          witnesses.some((w) => verifyCosignature(c, w)),
      );
      if (!ok)
        problems.push(`tree head of ${sth.site} (size ${sth.treeSize}): no valid cosignature by a given witness`);
    }
  }
  if (!receipt.entries?.length && !receipt.pending?.length) problems.push('receipt has no records');
  for (const e of receipt.entries ?? []) {
    const r = e.record;
    const name = `record ${r?.id} (${r?.site} #${r?.index})`;
    if (r.consentId !== receipt.consentId) problems.push(`${name}: belongs to another consent id`);
    const chainProblem = checkChainSig(r, receipt.chainKeys?.[r.site]);
    if (chainProblem) problems.push(`${name}: ${chainProblem}`);
    if (recordLeafHash(r) !== e.leafHash) {
      problems.push(`${name}: content does not match its leaf hash`);
      continue;
    }
    const sth = heads.get(r.site);
    if (!sth) problems.push(`${name}: no valid tree head for its site`);
    else if (!verifyInclusion(r.index, sth.treeSize, e.leafHash, e.inclusionProof, sth.rootHash))
      problems.push(`${name}: inclusion proof does not match the signed tree head`);
  }
  const pending: string[] = [];
  for (const p of receipt.pending ?? []) {
    const r = p.record;
    const name = `pending record ${r?.id} (${r?.site} #${r?.index})`;
    if (r.consentId !== receipt.consentId) problems.push(`${name}: belongs to another consent id`);
    else if (recordLeafHash(r) !== p.leafHash) problems.push(`${name}: content does not match its leaf hash`);
    else if (r.index < (heads.get(r.site)?.treeSize ?? 0))
      problems.push(`${name}: under the signed tree head, yet without an inclusion proof`);
    else pending.push(r.id);
  }
  return pending.length
    ? { valid: problems.length === 0, problems, pending }
    : { valid: problems.length === 0, problems };
}

/** Why a record's chain signature does not hold, or undefined. */
function checkChainSig(r: ProofRecord, key: ChainKeyJwk | undefined): string | undefined {
  if (!key) return r.sig || r.chainKey ? 'signed record, but the receipt gives no chain key for its site' : undefined;
  if (r.chainKey && chainKeyText(r.chainKey) !== chainKeyText(key))
    return "its chainKey is not the receipt's chain key";
  if (!r.sig) return 'not signed by the chain key';
  let pub;
  try {
    pub = chainPublicKey(key);
  } catch {
    return 'the chain key is not a P-256 public key';
  }
  return verifyChainSig(pub, signedBytes(r), r.sig) ? undefined : 'sig does not verify under the chain key';
}
