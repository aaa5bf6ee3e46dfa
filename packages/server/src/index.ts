/**
 * @cookiegate/server — consent-proof recorder with per-site RFC 6962 Merkle logs.
 *
 * The public surface: the handler, the node server, the store interface, verification of
 * receipts, tree heads and whole logs, and their types. Stores: `@cookiegate/server/sqlite`
 * (better-sqlite3) and `@cookiegate/server/postgres` (pg), both optional peer dependencies,
 * loaded only when used (`openStore` imports the one its spec names).
 *
 * @example
 * import { serve } from '@cookiegate/server';
 * const srv = await serve({ port: 8787, origins: ['https://shop.example'] });
 */
export { createHandler } from './http/handler.js';
export type { HandlerOptions, ProofHandler, ConnectionInfo } from './http/handler.js';
export { serve, createRequestListener } from './node/serve.js';
export type { ServeOptions, RunningServer } from './node/serve.js';
export type { ConnectionLimits } from './node/connections.js';
export type { TrustProxy } from './http/trust-proxy.js';
export { openStore, DEFAULT_DB } from './node/open-store.js';
export { dashboardFiles } from './node/dashboard-files.js';
export type { AssetSource } from './http/dashboard-route.js';
export type { OpenStoreOptions } from './node/open-store.js';
export { loadSigningKey, verifyTreeHead } from './log/tree-head.js';
export type { SignedTreeHead, SigningKeySource } from './log/tree-head.js';
export { verifyReceipt } from './ops/receipt.js';
export type { Receipt, ReceiptEntry, PendingEntry, ReceiptVerification } from './ops/receipt.js';
export { verifyLog } from './ops/verify-log.js';
export type { LogVerification, LogProblem } from './ops/verify-log.js';
export type { ProofStore, AppendResult, StoredRow, StoredRecord, LogHead, TombstoneFilter } from './stores/types.js';
export type { ProofRecord, PendingRecord } from './log/record.js';
export type { NodeRef, NodeReader } from './log/merkle.js';
export type { ProofSubmission } from '@cookiegate/protocol';
