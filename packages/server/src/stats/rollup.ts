/**
 * What a proof record adds to the statistics: one count per dimension it belongs to, per
 * site and UTC day. Stores keep these counts (rollups) at append time and take them back when
 * a record is tombstoned; `verify` recounts them from the log with the same function.
 */
import { dayOf } from './day.js';
import { blockStart, SPANS } from './spans.js';
import { VARIANT_ID } from './impression.js';

/**
 * The dimensions of a rollup row and what `a` and `b` hold for each:
 * action (a = action), surface / locale / page / revision / variant (a = value, b = action),
 * purpose (a = category or service id, b = 'granted' | 'denied'), gpc and gpcApplied (no a, b),
 * decisionMs (a = the bucket's upper bound in ms, or 'inf').
 * @example DIMENSIONS.includes('page')
 */
export const DIMENSIONS = [
  'action',
  'surface',
  'locale',
  'page',
  'purpose',
  'gpc',
  'gpcApplied',
  'revision',
  'variant',
  'decisionMs',
] as const;
/** One of {@link DIMENSIONS}. @example const d: Dimension = 'locale'; */
export type Dimension = (typeof DIMENSIONS)[number];

/**
 * Upper bounds (ms) of the time-to-decision buckets; past the last, the open bucket 'inf'.
 * @example DECISION_MS_BOUNDS[0] // 500
 */
export const DECISION_MS_BOUNDS = [500, 1000, 2000, 5000, 10000, 30000, 60000, 300000] as const;

/** Actions whose decisions say what was granted or denied (a withdraw or expire counts in actions only). */
const DECIDING = new Set(['accept_all', 'reject_all', 'custom', 'reprompt']);

/** One stored count: of one day (`span` 1) or of an aligned block of days (spans.ts) starting at `day`. */
export interface RollupRow {
  span: number;
  day: number;
  dim: Dimension;
  a: string;
  b: string;
  n: number;
}

/** The fields of a proof record the statistics read (`variant`, `decisionMs`: optional, counted when present). */
export interface CountedRecord {
  schema?: unknown;
  serverTime: string;
  action: string;
  surface: string;
  locale: string;
  page: string;
  decisions: Record<string, boolean>;
  revision: number;
  gpc: boolean;
  secGpc?: boolean;
  gpcApplied?: boolean;
  variant?: unknown;
  decisionMs?: unknown;
}

/**
 * The bucket a time to decision falls in: its upper bound as text, or 'inf'.
 * @example decisionBucket(1500) // '2000'
 */
export function decisionBucket(ms: number): string {
  for (const bound of DECISION_MS_BOUNDS) if (ms <= bound) return String(bound);
  return 'inf';
}

/**
 * Calls `emit` once per count a record adds; nothing for what is not a proof (log events).
 * GPC counts a record whose browser reported it (`gpc`) or whose request carried `Sec-GPC: 1`.
 * @example countRecord(record, (dim, a, b) => counts.push([dim, a, b]));
 */
export function countRecord(r: CountedRecord, emit: (dim: Dimension, a: string, b: string) => void): void {
  if (r.schema !== 'cookiegate-proof/1') return;
  const action = r.action;
  emit('action', action, '');
  emit('surface', r.surface, action);
  emit('locale', r.locale, action);
  emit('page', r.page, action);
  emit('revision', String(r.revision), action);
  if (r.gpc || r.secGpc) emit('gpc', '', '');
  if (r.gpcApplied) emit('gpcApplied', '', '');
  if (typeof r.variant === 'string' && VARIANT_ID.test(r.variant)) emit('variant', r.variant, action);
  if (typeof r.decisionMs === 'number' && Number.isInteger(r.decisionMs) && r.decisionMs >= 0)
    emit('decisionMs', decisionBucket(r.decisionMs), '');
  if (DECIDING.has(action)) for (const id in r.decisions) emit('purpose', id, r.decisions[id] ? 'granted' : 'denied');
}

const SEP = '\u0000'; // no counted field may hold it (the protocol refuses control characters)

/**
 * Counts of many records, summed per scope, day and key in memory, so that a store writes
 * each key once per transaction (an append batch, a tombstone, a rebuild). `scope` is the
 * store's site key (SQLite and PostgreSQL: the site row's id).
 * @example
 * const batch = new RollupBatch();
 * batch.add(siteId, record);      // appended
 * batch.add(siteId, old, -1);     // tombstoned
 * for (const [scope, row] of batch.rows()) upsert(scope, row);
 */
export class RollupBatch {
  private readonly counts = new Map<string, number>();

  /** Records added (with their sign), for diagnostics. */
  records = 0;

  /** Adds a record's counts (`sign` -1 takes them back). */
  add(scope: number | string, r: CountedRecord, sign = 1): void {
    const prefix = `${scope}${SEP}${dayOf(r.serverTime)}${SEP}`;
    let counted = false;
    countRecord(r, (dim, a, b) => {
      counted = true;
      const key = prefix + dim + SEP + a + SEP + b;
      this.counts.set(key, (this.counts.get(key) ?? 0) + sign);
    });
    if (counted) this.records++;
  }

  /** True when nothing was counted. */
  get empty(): boolean {
    return this.counts.size === 0;
  }

  /** Every non-zero count with its scope, for each day and each block (spans.ts), in key order (a stable lock order for the stores). */
  rows(): Array<[scope: string, row: RollupRow]> {
    const sums = new Map<string, number>();
    for (const [key, n] of this.counts) {
      const [scope, day] = key.split(SEP, 2) as [string, string];
      const tail = key.slice(scope.length + day.length + 2);
      for (const span of SPANS) {
        const k = `${scope}${SEP}${span}${SEP}${blockStart(Number(day), span)}${SEP}${tail}`;
        sums.set(k, (sums.get(k) ?? 0) + n);
      }
    }
    const out: Array<[string, RollupRow]> = [];
    for (const key of [...sums.keys()].sort()) {
      const n = sums.get(key)!;
      if (n === 0) continue;
      const [scope, span, day, dim, a, b] = key.split(SEP) as [string, string, string, Dimension, string, string];
      out.push([scope, { span: Number(span), day: Number(day), dim, a, b, n }]);
    }
    return out;
  }
}
