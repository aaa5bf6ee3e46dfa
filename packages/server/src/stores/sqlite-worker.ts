/**
 * Worker-thread side of {@link SqliteWorkerStore}: owns the SQLite connection,
 * so commits (and their disk waits) never block the HTTP thread.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { NodeRef } from '../merkle.js';
import { SqliteStore, type SqliteStoreOptions } from './sqlite.js';

const store = new SqliteStore(workerData as SqliteStoreOptions);
type Call = { id: number; method: string; args: unknown[] };

parentPort!.on('message', async ({ id, method, args }: Call) => {
  try {
    let result: unknown;
    if (method === 'readNodes') result = await store.nodeReader(args[0] as string)(args[1] as NodeRef[]);
    else result = await (store as unknown as Record<string, (...a: unknown[]) => Promise<unknown>>)[method]!(...args);
    parentPort!.postMessage({ id, result });
  } catch (err) {
    parentPort!.postMessage({ id, error: err instanceof Error ? { message: err.message, stack: err.stack } : { message: String(err) } });
  }
});
