/**
 * Worker-thread side of {@link SqliteWorkerStore}: owns the SQLite connection,
 * so commits (and their disk waits) never block the HTTP thread.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { NodeRef } from '../../log/merkle.js';
import { SqliteStore, type SqliteStoreOptions } from './sqlite.js';

const store = new SqliteStore(workerData as SqliteStoreOptions);
/** Arguments and results travel as JSON text: much cheaper to pass than structured clones of records. */
type Call = { id: number; method: string; json: string };

parentPort!.on('message', async ({ id, method, json }: Call) => {
  try {
    // JSON turns undefined arguments into null; no store method takes null.
    const args = (JSON.parse(json) as unknown[]).map((a) => (a === null ? undefined : a));
    if (method === 'readNodes') {
      const got = await store.nodeReader(args[0] as string)(args[1] as NodeRef[]);
      parentPort!.postMessage({ id, nodes: [...got].map(([k, v]) => [k, v.toString('hex')]) });
      return;
    }
    if (method === 'tombstone' && typeof (args[0] as { before?: unknown }).before === 'string')
      args[0] = { before: new Date((args[0] as { before: string }).before) };
    const result = await (store as unknown as Record<string, (...a: unknown[]) => Promise<unknown>>)[method]!(...args);
    parentPort!.postMessage({ id, json: result === undefined ? undefined : JSON.stringify(result) });
  } catch (err) {
    parentPort!.postMessage({
      id,
      error: err instanceof Error ? { message: err.message, stack: err.stack } : { message: String(err) },
    });
  }
});
