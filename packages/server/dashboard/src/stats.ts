/**
 * The body of `GET /v1/stats` as STATS-SPEC.md defines it: what the dashboard reads.
 * Counts are integers; maps omit zero entries.
 */
import { ACTIONS, type Action } from '@cookiegate/protocol';

export type { Action };
/** Counts per action (zero entries omitted). */
export type ActionCounts = Partial<Record<Action, number>>;

/** One period (a UTC day, or an ISO week labelled by its Monday) of the series. */
export interface Period {
  period: string;
  decisions: number;
  impressions: number;
  actions: ActionCounts;
  gpc: number;
}

/** The whole answer of `GET /v1/stats`. */
export interface Stats {
  site: string;
  from: string;
  to: string;
  by: 'day' | 'week';
  totals: { decisions: number; impressions: number; actions: ActionCounts; gpc: number; gpcApplied: number };
  series: Period[];
  surfaces: Record<string, ActionCounts>;
  locales: Record<string, ActionCounts>;
  pages: { page: string; actions: ActionCounts }[];
  purposes: Record<string, { granted?: number; denied?: number }>;
  revisions: Record<string, ActionCounts>;
  variants: Record<string, { impressions?: number; actions: ActionCounts }>;
  timeToDecision: {
    count: number;
    p50Ms: number | null;
    p90Ms: number | null;
    buckets: { leMs: number | null; count: number }[];
  };
}

/**
 * A count from a map that omits zeros.
 * @example count({ accept_all: 3 }, 'reject_all') // 0
 */
export const count = (counts: ActionCounts | undefined, action: Action): number => counts?.[action] ?? 0;

/**
 * The sum of every action's count.
 * @example sumActions({ accept_all: 3, custom: 1 }) // 4
 */
export const sumActions = (counts: ActionCounts | undefined): number =>
  ACTIONS.reduce((n, a) => n + count(counts, a), 0);
