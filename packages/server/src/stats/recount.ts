/**
 * `verify`'s check of the rollups: the counts a store keeps against a recount of the log.
 */
import { dayText } from './day.js';
import { RollupBatch, type CountedRecord, type RollupRow } from './rollup.js';

const key = (r: RollupRow) => `${r.day} ${r.dim} ${JSON.stringify(r.a)} ${JSON.stringify(r.b)}`;
const name = (r: RollupRow) => `${dayText(r.day)} ${r.dim}${r.a ? ` ${r.a}` : ''}${r.b ? ` ${r.b}` : ''}`;

/**
 * Recounts live records one at a time, in bounded memory (one count per distinct key).
 * @example
 * const recount = new Recount();
 * for (const r of liveRecords) recount.add(r);
 * const differences = recount.differences(await store.rollupRows(site));
 */
export class Recount {
  private readonly batch = new RollupBatch();

  add(record: CountedRecord): void {
    this.batch.add(0, record);
  }

  /** Each stored count that differs from the recount (at most `max`), as a sentence. */
  differences(stored: RollupRow[], max = 20): string[] {
    const want = new Map(this.batch.rows().map(([, r]) => [key(r), r]));
    const out: string[] = [];
    for (const r of stored) {
      if (r.n === 0) continue;
      const k = key(r);
      const n = want.get(k)?.n ?? 0;
      want.delete(k);
      if (n !== r.n) out.push(`stats rollup ${name(r)}: stored ${r.n}, the log has ${n}`);
    }
    for (const r of want.values()) out.push(`stats rollup ${name(r)}: stored 0, the log has ${r.n}`);
    return out.slice(0, max);
  }
}
