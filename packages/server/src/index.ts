/**
 * @cookiegate/server — consent-proof recorder with per-site RFC 6962 Merkle logs.
 *
 * @example
 * import { serve } from '@cookiegate/server';
 * const srv = await serve({ port: 8787, origins: ['https://shop.example'] });
 *
 * PostgreSQL lives in the `@cookiegate/server/postgres` subpath (loaded lazily by `openStore`).
 */
export { createHandler, errorBody } from './handler.js';
export type { HandlerOptions, ProofHandler, ConnectionInfo } from './handler.js';
export { serve, createRequestListener } from './node.js';
export type { ServeOptions, RunningServer } from './node.js';
export type { ConnectionLimits } from './connections.js';
export { openStore, DEFAULT_DB } from './open-store.js';
export { SqliteStore } from './stores/sqlite.js';
export type { SqliteStoreOptions } from './stores/sqlite.js';
export type {
  ProofStore, AppendResult, StoredRow, StoredRecord, LogHead, TombstoneFilter,
} from './stores/types.js';
export { verifyReceipt, buildReceipt } from './receipt.js';
export type { Receipt, ReceiptEntry, PendingEntry, ReceiptVerification } from './receipt.js';
export { verifyLog } from './verify-log.js';
export type { LogVerification, LogProblem } from './verify-log.js';
export {
  TreeHeadSigner, verifyTreeHead, treeHeadMessage, keyIdOf, loadSigningKey,
} from './tree-head.js';
export type { SignedTreeHead, SigningKeySource } from './tree-head.js';
export { TreeHeadService } from './tree-head-service.js';
export {
  EMPTY_ROOT, hashLeaf, hashChildren, inclusionProof, consistencyProof, rootAt,
  rootFromInclusionProof, verifyInclusion, verifyConsistency, inclusionRanges, consistencyRanges,
  perfectSubtrees, foldSubtrees, splitPoint, nodeKey, rangeHashes,
} from './merkle.js';
export type { NodeRef, NodeReader } from './merkle.js';
export { Frontier } from './frontier.js';
export type { NewNode } from './frontier.js';
export { sealRecord, recordLeafHash, jcs, ACTIONS, SURFACES } from './record.js';
export type { ProofRecord, ProofSubmission, PendingRecord, SealedRecord } from './record.js';
export { validateSubmission, DECISION_ID } from './validate.js';
export type { Validation, ValidationLimits } from './validate.js';
export { ipPrefix, ipHmac, parseIpHmacKeys, canonicalIp } from './ip.js';
export { proxyTrust, parseTrustProxy } from './trust-proxy.js';
export type { TrustProxy, ProxyTrust } from './trust-proxy.js';
export type { IpHmacKey } from './ip.js';
export { uaFamily } from './ua.js';
export { RateLimiter } from './rate-limit.js';
export type { RateLimitOptions } from './rate-limit.js';
export { GroupCommitter } from './group-commit.js';
export type { GroupCommitOptions } from './group-commit.js';
export { exportConsent } from './export.js';
export type { ConsentExport } from './export.js';
