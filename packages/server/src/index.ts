/**
 * @cookiegate/server — consent-proof recorder with per-site RFC 6962 Merkle logs.
 *
 * @example
 * import { serve } from '@cookiegate/server';
 * const srv = await serve({ port: 8787, origins: ['https://shop.example'] });
 *
 * PostgreSQL lives in the `@cookiegate/server/postgres` subpath (loaded lazily by `openStore`).
 */
export { createHandler, errorBody } from './http/handler.js';
export type { HandlerOptions, ProofHandler, ConnectionInfo } from './http/handler.js';
export { serve, createRequestListener } from './node/serve.js';
export type { ServeOptions, RunningServer } from './node/serve.js';
export { openStore, DEFAULT_DB } from './node/open-store.js';
export { SqliteStore } from './stores/sqlite/sqlite.js';
export type { SqliteStoreOptions } from './stores/sqlite/sqlite.js';
export type {
  ProofStore, AppendResult, StoredRow, StoredRecord, LogHead, TombstoneFilter,
} from './stores/types.js';
export { verifyReceipt, buildReceipt } from './ops/receipt.js';
export type { Receipt, ReceiptEntry, ReceiptVerification } from './ops/receipt.js';
export { verifyLog } from './ops/verify-log.js';
export type { LogVerification, LogProblem } from './ops/verify-log.js';
export {
  TreeHeadSigner, verifyTreeHead, treeHeadMessage, keyIdOf, loadSigningKey,
} from './log/tree-head.js';
export type { SignedTreeHead, SigningKeySource } from './log/tree-head.js';
export { TreeHeadService } from './ops/tree-head-service.js';
export {
  EMPTY_ROOT, hashLeaf, hashChildren, inclusionProof, consistencyProof, rootAt,
  rootFromInclusionProof, verifyInclusion, verifyConsistency, inclusionRanges, consistencyRanges,
  perfectSubtrees, foldSubtrees, splitPoint, nodeKey, rangeHashes,
} from './log/merkle.js';
export type { NodeRef, NodeReader } from './log/merkle.js';
export { Frontier } from './log/frontier.js';
export type { NewNode } from './log/frontier.js';
export { sealRecord, recordLeafHash, jcs, ACTIONS, SURFACES } from './log/record.js';
export type { ProofRecord, ProofSubmission, PendingRecord, SealedRecord } from './log/record.js';
export { validateSubmission, DECISION_ID } from './http/validate.js';
export type { Validation, ValidationLimits } from './http/validate.js';
export { ipPrefix, ipHmac, parseIpHmacKeys, clientIp, canonicalIp } from './http/ip.js';
export type { IpHmacKey } from './http/ip.js';
export { uaFamily } from './http/ua.js';
export { RateLimiter } from './http/rate-limit.js';
export type { RateLimitOptions } from './http/rate-limit.js';
export { GroupCommitter } from './ops/group-commit.js';
export type { GroupCommitOptions } from './ops/group-commit.js';
export { exportConsent } from './ops/export.js';
export type { ConsentExport } from './ops/export.js';
