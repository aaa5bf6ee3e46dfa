/** Worker-thread side of {@link VerifyPool}: checks batches of chain signatures with its own key cache. */
import { parentPort, workerData } from 'node:worker_threads';
import { SigChecker } from './sig-check.js';
import { checkBatch, type SigBatch } from './verify-pool.js';

const checker = new SigChecker((workerData as { maxKeys: number }).maxKeys);
parentPort!.on('message', (b: SigBatch) => {
  const codes = checkBatch(checker, b);
  parentPort!.postMessage({ id: b.id, codes }, [codes.buffer as ArrayBuffer]);
});
