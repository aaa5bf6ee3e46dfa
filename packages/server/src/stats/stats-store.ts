/**
 * The storage side of the consent statistics (issue 17), implemented by every ProofStore:
 * rollups kept in the append and tombstone transactions, impressions, and their rebuild.
 */
import type { ImpressionRow, StatsRange } from './report.js';
import type { RollupRow } from './rollup.js';

/**
 * @example
 * const range = await store.statsRange('https://shop.example', from, to);
 * const body = buildReport({ site, from, to, by: 'day' }, range);
 */
export interface StatsStore {
  /** Counts of a site for the days `from`..`to` (day numbers, inclusive). */
  statsRange(site: string, from: number, to: number): Promise<StatsRange>;
  /** Adds impression counts (summed rows, one transaction). */
  addImpressions(rows: Array<ImpressionRow & { site: string }>): Promise<void>;
  /** Every non-zero rollup count of a site, for `verify`'s recount. */
  rollupRows(site: string): Promise<RollupRow[]>;
  /** Recounts every site's rollups from its live records, in one transaction; resolves with the records counted. */
  rebuildStats(): Promise<number>;
}
