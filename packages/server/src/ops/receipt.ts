/**
 * Receipts: a consent id's records with inclusion proofs against signed tree
 * heads, verifiable by anyone holding the public key, without the database.
 */
import { inclusionProof, verifyInclusion } from '../log/merkle.js';
import { recordLeafHash, type ProofRecord } from '../log/record.js';
import type { ProofStore } from '../stores/types.js';
import { verifyTreeHead, type SignedTreeHead } from '../log/tree-head.js';
import type { TreeHeadService } from './tree-head-service.js';

/** One record with its audit path. */
export interface ReceiptEntry {
  record: ProofRecord;
  /** Hex leaf hash: SHA-256(0x00 ‖ JCS(record)). */
  leafHash: string;
  /** Hex audit path from the leaf to the root of the site's tree head. */
  inclusionProof: string[];
}

/** What `GET /v1/proofs/{consentId}` returns. */
export interface Receipt {
  consentId: string;
  /** One signed tree head per site that has records of this consent id. */
  treeHeads: SignedTreeHead[];
  entries: ReceiptEntry[];
}

/**
 * Builds a receipt (signing a fresh tree head when the latest does not cover a record).
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
  for (const [s, list] of bySite) {
    const maxIndex = Math.max(...list.map((r) => r.record.index));
    const sth = await heads.covering(s, maxIndex + 1);
    treeHeads.push(sth);
    const read = store.nodeReader(s);
    for (const r of list)
      entries.push({ record: r.record, leafHash: r.leafHash, inclusionProof: await inclusionProof(read, r.record.index, sth.treeSize) });
  }
  return { consentId, treeHeads, entries };
}

/** Outcome of {@link verifyReceipt}. */
export interface ReceiptVerification {
  valid: boolean;
  /** Human-readable reasons; empty when valid. */
  problems: string[];
}

/**
 * Verifies a receipt offline: tree head signatures, leaf hashes and inclusion proofs.
 * @example
 * const key = (await (await fetch('https://proofs.example/v1/public-key')).json()).publicKeyPem;
 * const { valid, problems } = verifyReceipt(receipt, key);
 */
export function verifyReceipt(receipt: Receipt, publicKeyPem: string): ReceiptVerification {
  const problems: string[] = [];
  const heads = new Map<string, SignedTreeHead>();
  for (const sth of receipt.treeHeads ?? []) {
    if (!verifyTreeHead(sth, publicKeyPem)) problems.push(`tree head of ${sth.site} (size ${sth.treeSize}): bad signature`);
    else heads.set(sth.site, sth);
  }
  if (!receipt.entries?.length) problems.push('receipt has no records');
  for (const e of receipt.entries ?? []) {
    const r = e.record;
    const name = `record ${r?.id} (${r?.site} #${r?.index})`;
    if (r.consentId !== receipt.consentId) problems.push(`${name}: belongs to another consent id`);
    if (recordLeafHash(r) !== e.leafHash) {
      problems.push(`${name}: content does not match its leaf hash`);
      continue;
    }
    const sth = heads.get(r.site);
    if (!sth) problems.push(`${name}: no valid tree head for its site`);
    else if (!verifyInclusion(r.index, sth.treeSize, e.leafHash, e.inclusionProof, sth.rootHash))
      problems.push(`${name}: inclusion proof does not match the signed tree head`);
  }
  return { valid: problems.length === 0, problems };
}
