/**
 * `verify`'s check of the rollups: the counts a store keeps against a recount of the log.
 */
import { dayText } from './day.js';
import { RollupBatch, type CountedRecord, type RollupRow } from './rollup.js';

const key = (r: RollupRow) => `${r.span} ${r.day} ${r.dim} ${JSON.stringify(r.a)} ${JSON.stringify(r.b)}`;
const name = (r: RollupRow) =>
  `${dayText(r.day)}${r.span > 1 ? ` (${r.span} days)` : ''} ${r.dim}${r.a ? ` ${r.a}` : ''}${r.b ? ` ${r.b}` : ''}`;

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

  /** Each stored count that differs from the recount, as `2026-12-01 action accept_all: stored 41, the log has 1`. */
  differences(stored: RollupRow[]): string[] {
    const want = new Map(this.batch.rows().map(([, r]) => [key(r), r]));
    const out: string[] = [];
    for (const r of stored) {
      if (r.n === 0) continue;
      const k = key(r);
      const n = want.get(k)?.n ?? 0;
      want.delete(k);
      if (n !== r.n) out.push(`${name(r)}: stored ${r.n}, the log has ${n}`);
    }
    for (const r of want.values()) out.push(`${name(r)}: stored 0, the log has ${r.n}`);
    return out;
  }
}

/**
 * One sentence for `verify` naming the first counts that differ (none: undefined).
 * @example rollupProblem(['2026-12-01 action accept_all: stored 41, the log has 1'])
 */
export function rollupProblem(differences: string[], shown = 5): string | undefined {
  if (!differences.length) return undefined;
  const more = differences.length > shown ? `; and ${differences.length - shown} more` : '';
  return `stats rollups differ from the log in ${differences.length} count${differences.length > 1 ? 's' : ''} (cookiegate-server stats rebuild recounts them): ${differences.slice(0, shown).join('; ')}${more}`;
}
