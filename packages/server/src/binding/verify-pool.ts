/**
 * Chain-signature checks off the HTTP thread: a key import plus an ECDSA P-256 check cost
 * ~200 µs of CPU, more than the rest of a proof, so they run in worker threads. Checks that
 * arrive in the same turn of the event loop travel as one message per worker (one copy of
 * their bytes), and a key always goes to the same worker, whose cache then holds it.
 * With `workers: 0` the checks run in this thread.
 */
import type { Worker } from 'node:worker_threads';
import { moduleWorker } from '../node/module-worker.js';
import { SigChecker, type SigCheck, type SigJob } from './sig-check.js';

/** Options of {@link VerifyPool}. */
export interface VerifyPoolOptions {
  /** Worker threads (default 1; 0 = check in this thread). */
  workers?: number;
  /** Imported keys each worker keeps (default 2,000: a chain's later records mostly come soon after its first). */
  maxKeys?: number;
}

/** A batch as it travels to a worker: the messages are one buffer, cut at `ends`. */
export interface SigBatch {
  id: number;
  keys: string[];
  sigs: string[];
  bytes: Uint8Array;
  ends: Uint32Array;
}

/** The answer: per job, 0 = ok, 1 = bad signature, 2 = bad key. */
export const CHECK_CODES: readonly SigCheck[] = ['ok', 'bad-sig', 'bad-key'];

interface Waiter {
  resolve: (r: SigCheck) => void;
  reject: (e: unknown) => void;
  /** Told when the answer came (close waits for it). */
  settled?: () => void;
}

interface Lane {
  worker: Worker;
  jobs: SigJob[];
  waiting: Waiter[];
  inFlight: Map<number, Waiter[]>;
}

/** Packs jobs into a {@link SigBatch}. */
export function packBatch(id: number, jobs: SigJob[]): SigBatch {
  let size = 0;
  for (const j of jobs) size += j.message.byteLength;
  const bytes = new Uint8Array(size);
  const ends = new Uint32Array(jobs.length);
  let at = 0;
  jobs.forEach((j, i) => {
    bytes.set(j.message, at);
    ends[i] = at += j.message.byteLength;
  });
  return { id, keys: jobs.map((j) => j.key), sigs: jobs.map((j) => j.sig), bytes, ends };
}

/** Runs a packed batch through a checker (the worker's side). */
export function checkBatch(checker: SigChecker, b: SigBatch): Uint8Array {
  const out = new Uint8Array(b.keys.length);
  let from = 0;
  for (let i = 0; i < b.keys.length; i++) {
    const r = checker.check({ key: b.keys[i]!, message: b.bytes.subarray(from, b.ends[i]), sig: b.sigs[i]! });
    out[i] = CHECK_CODES.indexOf(r);
    from = b.ends[i]!;
  }
  return out;
}

/** Cheap, stable spread of key texts over workers (the texts are base64url of random points). */
const laneOf = (key: string, lanes: number) => (key.charCodeAt(0) * 64 + key.charCodeAt(1)) % lanes;

/**
 * @example
 * const pool = new VerifyPool({ workers: 1 });
 * const r = await pool.check({ key: chainKeyText(jwk), message: signedBytes(body), sig: body.sig }); // 'ok'
 * await pool.close();
 */
export class VerifyPool {
  private readonly local: SigChecker | undefined;
  private readonly lanes: Lane[] = [];
  private readonly size: number;
  private readonly maxKeys: number;
  private scheduled: NodeJS.Immediate | undefined;
  private seq = 0;
  private closed = false;

  constructor(options: VerifyPoolOptions = {}) {
    this.size = Math.max(0, Math.floor(options.workers ?? 1));
    this.maxKeys = options.maxKeys ?? 2_000;
    if (this.size === 0) this.local = new SigChecker(this.maxKeys);
  }

  check(job: SigJob): Promise<SigCheck> {
    if (this.closed) return Promise.reject(new Error('verify pool closed'));
    if (this.local) return Promise.resolve(this.local.check(job));
    const lane = this.lane(laneOf(job.key, this.size));
    return new Promise((resolve, reject) => {
      lane.jobs.push(job);
      lane.waiting.push({ resolve, reject });
      this.scheduled ??= setImmediate(() => this.send());
    });
  }

  private lane(i: number): Lane {
    if (this.lanes[i]) return this.lanes[i];
    // Short-lived garbage only: a small young generation keeps the thread's RSS down.
    const worker = moduleWorker(
      import.meta.url,
      './verify-worker',
      { maxKeys: this.maxKeys },
      { maxYoungGenerationSizeMb: 4 },
    );
    const lane: Lane = { worker, jobs: [], waiting: [], inFlight: new Map() };
    worker.unref();
    worker.on('message', (m: { id: number; codes: Uint8Array }) => {
      const sent = lane.inFlight.get(m.id);
      if (!sent) return;
      lane.inFlight.delete(m.id);
      if (lane.inFlight.size === 0) worker.unref();
      sent.forEach((w, k) => {
        w.resolve(CHECK_CODES[m.codes[k]!]!);
        w.settled?.();
      });
    });
    const fail = (err: unknown) => {
      if (this.closed) err = new Error('verify pool closed');
      // A lost worker fails its checks (the proofs get a 503) and is replaced on the next check.
      for (const sent of lane.inFlight.values())
        for (const w of sent) {
          w.reject(err);
          w.settled?.();
        }
      lane.inFlight.clear();
      if (this.lanes[i] === lane) delete this.lanes[i];
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`verify worker exited (${code})`)));
    this.lanes[i] = lane;
    return lane;
  }

  private send(): void {
    this.scheduled = undefined;
    for (const lane of this.lanes) {
      if (!lane?.jobs.length) continue;
      const id = ++this.seq;
      const batch = packBatch(id, lane.jobs);
      const waiting = lane.waiting;
      lane.jobs = [];
      lane.waiting = [];
      lane.inFlight.set(id, waiting);
      if (lane.inFlight.size === 1) lane.worker.ref();
      lane.worker.postMessage(batch, [batch.bytes.buffer as ArrayBuffer, batch.ends.buffer as ArrayBuffer]);
    }
  }

  /** Stops the workers once the checks already asked for are answered; later checks are refused. */
  async close(): Promise<void> {
    this.closed = true;
    if (this.scheduled) {
      clearImmediate(this.scheduled);
      this.send();
    }
    const answered = this.lanes.map(
      (l) =>
        l &&
        Promise.allSettled(
          [...l.inFlight.values()].flatMap((sent) => sent.map((w) => new Promise<void>((r) => (w.settled = r)))),
        ),
    );
    await Promise.all(answered);
    const lanes = this.lanes.splice(0);
    await Promise.all(lanes.map((l) => l?.worker.terminate()));
  }
}
