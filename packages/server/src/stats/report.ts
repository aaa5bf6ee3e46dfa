/**
 * The `GET /v1/stats` body (STATS-SPEC.md) from the counts a store read for a date range.
 * Pure: the HTTP route, the CLI and the tests build it the same way.
 */
import { ACTIONS } from '@cookiegate/protocol';
import { dayText, mondayOf } from './day.js';
import { DECISION_MS_BOUNDS, type RollupRow } from './rollup.js';

/** Impressions counted for a site (no record behind them): per day, locale and variant ('' for none). */
export interface ImpressionRow {
  day: number;
  locale: string;
  variant: string;
  n: number;
}

/** What a store reads for one site and day range (inclusive). */
export interface StatsRange {
  /** Per day (span 1), the dimensions a series needs: 'action' and 'gpc'. */
  daily: RollupRow[];
  /** Every dimension summed over the range. */
  totals: Array<Omit<RollupRow, 'day' | 'span'>>;
  /** Impressions per day, locale and variant. */
  impressions: ImpressionRow[];
}

/** Counts per action; zero entries are left out. */
export type ActionCounts = Partial<Record<string, number>>;

/** One period of the series. */
export interface StatsPeriod {
  period: string;
  decisions: number;
  impressions: number;
  actions: ActionCounts;
  gpc: number;
}

/** The `GET /v1/stats` answer. */
export interface StatsReport {
  site: string;
  from: string;
  to: string;
  by: 'day' | 'week';
  totals: { decisions: number; impressions: number; actions: ActionCounts; gpc: number; gpcApplied: number };
  series: StatsPeriod[];
  surfaces: Record<string, ActionCounts>;
  locales: Record<string, ActionCounts>;
  pages: Array<{ page: string; actions: ActionCounts }>;
  purposes: Record<string, { granted: number; denied: number }>;
  revisions: Record<string, ActionCounts>;
  variants: Record<string, { impressions: number; actions: ActionCounts }>;
  timeToDecision: {
    count: number;
    p50Ms: number | null;
    p90Ms: number | null;
    buckets: Array<{ leMs: number | null; count: number }>;
  };
}

/** A validated stats query: site, inclusive day range, period. */
export interface StatsQuery {
  site: string;
  from: number;
  to: number;
  by: 'day' | 'week';
}

/** Pages listed, most decisions first. */
export const TOP_PAGES = 50;

const add = (map: Record<string, number>, key: string, n: number) => {
  map[key] = (map[key] ?? 0) + n;
};
const nested = (map: Record<string, ActionCounts>, key: string): Record<string, number> =>
  (map[key] ??= {}) as Record<string, number>;
/** Drops zero entries (rollups of tombstoned records may sum to 0). */
const nonZero = <T extends Record<string, number>>(m: T): T =>
  Object.fromEntries(Object.entries(m).filter(([, n]) => n !== 0)) as T;
const sum = (m: ActionCounts) => Object.values(m).reduce<number>((s, n) => s + (n ?? 0), 0);

/**
 * Builds the report.
 * @example
 * const q = { site: 'https://shop.example', from: parseDay('2026-11-08')!, to: parseDay('2026-12-07')!, by: 'day' } as const;
 * const body = buildReport(q, await store.statsRange(q.site, q.from, q.to));
 */
export function buildReport(q: StatsQuery, range: StatsRange): StatsReport {
  const periodOf = (day: number) => (q.by === 'week' ? mondayOf(day) : day);
  const series = new Map<number, StatsPeriod>();
  for (let d = periodOf(q.from); d <= q.to; d += q.by === 'week' ? 7 : 1)
    series.set(d, { period: dayText(d), decisions: 0, impressions: 0, actions: {}, gpc: 0 });
  const at = (day: number) => series.get(periodOf(day));
  const inRange = (d: number) => d >= q.from && d <= q.to;

  for (const r of range.daily) {
    const p = inRange(r.day) && at(r.day);
    if (!p) continue;
    if (r.dim === 'action') {
      p.decisions += r.n;
      add(p.actions as Record<string, number>, r.a, r.n);
    } else if (r.dim === 'gpc') p.gpc += r.n;
  }

  const report: StatsReport = {
    site: q.site,
    from: dayText(q.from),
    to: dayText(q.to),
    by: q.by,
    totals: { decisions: 0, impressions: 0, actions: {}, gpc: 0, gpcApplied: 0 },
    series: [],
    surfaces: {},
    locales: {},
    pages: [],
    purposes: {},
    revisions: {},
    variants: {},
    timeToDecision: { count: 0, p50Ms: null, p90Ms: null, buckets: [] },
  };
  const t = report.totals;
  const pages: Record<string, ActionCounts> = {};
  const variantActions: Record<string, ActionCounts> = {};
  const variantImpressions: Record<string, number> = {};
  const buckets: Record<string, number> = {};
  /** The dimensions counted per value and action (`b` is the action). */
  const perAction = {
    surface: report.surfaces,
    locale: report.locales,
    page: pages,
    revision: report.revisions,
    variant: variantActions,
  };
  for (const r of range.totals) {
    switch (r.dim) {
      case 'action':
        t.decisions += r.n;
        add(t.actions as Record<string, number>, r.a, r.n);
        break;
      case 'gpc':
        t.gpc += r.n;
        break;
      case 'gpcApplied':
        t.gpcApplied += r.n;
        break;
      case 'surface':
      case 'locale':
      case 'page':
      case 'revision':
      case 'variant':
        add(nested(perAction[r.dim], r.a), r.b, r.n);
        break;
      case 'purpose': {
        const p = (report.purposes[r.a] ??= { granted: 0, denied: 0 });
        if (r.b === 'granted' || r.b === 'denied') p[r.b] += r.n;
        break;
      }
      case 'decisionMs':
        add(buckets, r.a, r.n);
        break;
    }
  }
  for (const r of range.impressions) {
    if (!inRange(r.day)) continue;
    t.impressions += r.n;
    const p = at(r.day);
    if (p) p.impressions += r.n;
    if (r.variant) add(variantImpressions, r.variant, r.n);
  }

  t.actions = nonZero(t.actions as Record<string, number>);
  report.series = [...series.values()].map((p) => ({ ...p, actions: nonZero(p.actions as Record<string, number>) }));
  for (const m of [report.surfaces, report.locales, report.revisions]) clean(m);
  report.pages = Object.entries(clean(pages))
    .map(([page, actions]) => ({ page, actions, n: sum(actions) }))
    .sort((x, y) => y.n - x.n || (x.page < y.page ? -1 : 1))
    .slice(0, TOP_PAGES)
    .map(({ page, actions }) => ({ page, actions }));
  for (const [id, p] of Object.entries(report.purposes)) if (!p.granted && !p.denied) delete report.purposes[id];
  clean(variantActions);
  for (const v of new Set([...Object.keys(variantActions), ...Object.keys(variantImpressions)]))
    if (variantImpressions[v] || variantActions[v])
      report.variants[v] = { impressions: variantImpressions[v] ?? 0, actions: variantActions[v] ?? {} };
  report.timeToDecision = timeToDecision(buckets);
  return report;
}

/** Drops zero counts, then empty entries. */
function clean(m: Record<string, ActionCounts>): Record<string, ActionCounts> {
  for (const [k, v] of Object.entries(m)) {
    const kept = nonZero(v as Record<string, number>);
    if (Object.keys(kept).length) m[k] = kept;
    else delete m[k];
  }
  return m;
}

/** Every bucket (zeros included, like the series); percentiles as the upper bound of the bucket they fall in. */
function timeToDecision(counts: Record<string, number>): StatsReport['timeToDecision'] {
  const bounds: Array<number | null> = [...DECISION_MS_BOUNDS, null];
  const buckets = bounds.map((leMs) => ({ leMs, count: counts[leMs === null ? 'inf' : String(leMs)] ?? 0 }));
  const count = buckets.reduce((s, b) => s + b.count, 0);
  const percentile = (p: number): number | null => {
    if (count === 0) return null;
    let seen = 0;
    for (const b of buckets) {
      seen += b.count;
      if (seen >= p * count) return b.leMs;
    }
    return null;
  };
  return { count, p50Ms: percentile(0.5), p90Ms: percentile(0.9), buckets };
}

/**
 * The CSV the CLI prints and the dashboard downloads: one row per period.
 * @example statsCsv(report).split('\n')[0] // 'period,decisions,impressions,accept_all,…,gpc'
 */
export function statsCsv(report: StatsReport): string {
  const head = ['period', 'decisions', 'impressions', ...ACTIONS, 'gpc'];
  const rows = report.series.map((p) =>
    [p.period, p.decisions, p.impressions, ...ACTIONS.map((a) => p.actions[a] ?? 0), p.gpc].join(','),
  );
  return [head.join(','), ...rows].join('\n') + '\n';
}
