/**
 * The body of `GET /v1/stats` (STATS-SPEC.md) is the server's `StatsReport`: the dashboard
 * reads the one definition (a type-only import: nothing of the server is bundled), with the
 * helpers it needs to read counts whose zero entries are omitted.
 */
import { ACTIONS, type Action } from '@cookiegate/protocol';
import type { ActionCounts, StatsPeriod, StatsReport } from '../../src/stats/report.js';

export type { Action, ActionCounts };
/** The whole answer of `GET /v1/stats`. */
export type Stats = StatsReport;
/** One period (a UTC day, or an ISO week labelled by its Monday) of the series. */
export type Period = StatsPeriod;

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
