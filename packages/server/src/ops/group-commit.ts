/**
 * Group commit: proofs that arrive within a few milliseconds are written in
 * one transaction, then all of them are acknowledged. Nothing is acknowledged
 * before its transaction has committed; a failed transaction rejects every
 * proof in it (never a partial write).
 */
import type { PendingRecord } from '../log/record.js';
import type { AppendRefusal, AppendResult, ProofStore } from '../stores/types.js';

/** Options of {@link GroupCommitter}. */
export interface GroupCommitOptions {
  /** How long the first proof of an idle period waits for company (default 2 ms). */
  maxDelayMs?: number;
  /** Largest batch per transaction (default 512). */
  maxBatch?: number;
  /**
   * Transactions handed to the store at once (default 2): the next batch is
   * ready while the previous one commits. Each is acknowledged after its own commit.
   */
  maxInFlight?: number;
}

interface Waiter {
  record: PendingRecord;
  verifiedKey: string | undefined;
  resolve: (r: AppendResult | AppendRefusal) => void;
  reject: (e: unknown) => void;
}

/**
 * Batches appends to a store.
 * @example
 * const gc = new GroupCommitter(store);
 * const { index } = await gc.submit(pending); // resolves after COMMIT
 */
export class GroupCommitter {
  private queue: Waiter[] = [];
  private timer: NodeJS.Timeout | NodeJS.Immediate | undefined;
  private readonly running = new Set<Promise<void>>();
  private readonly maxDelayMs: number;
  private readonly maxBatch: number;
  private readonly maxInFlight: number;

  constructor(
    private readonly store: ProofStore,
    options: GroupCommitOptions = {},
  ) {
    this.maxDelayMs = options.maxDelayMs ?? 2;
    this.maxBatch = options.maxBatch ?? 512;
    this.maxInFlight = Math.max(1, options.maxInFlight ?? 2);
  }

  /**
   * Queues one record; resolves with its log position once committed, or with the store's
   * refusal (chain binding: `verifiedKey` is the chain key its signature was checked with).
   */
  submit(record: PendingRecord, verifiedKey?: string): Promise<AppendResult | AppendRefusal> {
    return new Promise((resolve, reject) => {
      this.queue.push({ record, verifiedKey, resolve, reject });
      if (this.running.size < this.maxInFlight && !this.timer) {
        this.timer =
          this.maxDelayMs > 0 ? setTimeout(() => this.kick(), this.maxDelayMs) : setImmediate(() => this.kick());
      }
    });
  }

  private kick(): void {
    this.timer = undefined;
    if (this.running.size >= this.maxInFlight || this.queue.length === 0) return;
    const p: Promise<void> = this.drain().finally(() => {
      this.running.delete(p);
      // Proofs that arrived during the last commit: give I/O one turn, then commit them.
      if (this.queue.length && !this.timer) this.timer = setImmediate(() => this.kick());
    });
    this.running.add(p);
  }

  private async drain(): Promise<void> {
    const batch = this.queue.splice(0, this.maxBatch);
    try {
      const results = await this.store.append(
        batch.map((w) => w.record),
        batch.map((w) => w.verifiedKey),
      );
      batch.forEach((w, i) => w.resolve(results[i]!));
    } catch (err) {
      for (const w of batch) w.reject(err);
    }
  }

  /** Resolves when everything queued so far is committed (or failed). */
  async flush(): Promise<void> {
    while (this.queue.length || this.running.size || this.timer) {
      if (this.timer) {
        clearTimeout(this.timer as NodeJS.Timeout);
        clearImmediate(this.timer as NodeJS.Immediate);
        this.timer = undefined;
      }
      if (this.queue.length && this.running.size < this.maxInFlight) this.kick();
      if (this.running.size) await Promise.race(this.running);
    }
  }
}
