/**
 * The rates the dashboard shows, derived from the counts of `GET /v1/stats` (pure).
 * Opt-in = accept_all + custom; the denominator of a rate over time is every decision plus
 * every impression (banner shown, no decision), as STATS-SPEC.md defines it.
 */
import { count, sumActions, type ActionCounts } from './stats.js';

/** A ratio, or null when there is nothing to divide by. */
export type Rate = number | null;

/**
 * part / whole, null when whole is 0.
 * @example ratio(1, 4) // 0.25
 */
export const ratio = (part: number, whole: number): Rate => (whole > 0 ? part / whole : null);

/** What a period or the totals hold: decisions, impressions and actions. */
export interface Counts {
  decisions: number;
  impressions: number;
  actions: ActionCounts;
}

/**
 * Opt-in rate: (accept_all + custom) / (decisions + impressions).
 * @example optInRate({ decisions: 3, impressions: 1, actions: { accept_all: 1, custom: 1, reject_all: 1 } }) // 0.5
 */
export const optInRate = (c: Counts): Rate =>
  ratio(count(c.actions, 'accept_all') + count(c.actions, 'custom'), c.decisions + c.impressions);

/**
 * Reject rate: reject_all / (decisions + impressions).
 * @example rejectRate({ decisions: 3, impressions: 1, actions: { reject_all: 1 } }) // 0.25
 */
export const rejectRate = (c: Counts): Rate => ratio(count(c.actions, 'reject_all'), c.decisions + c.impressions);

/**
 * Opt-in share of the decisions in one group (surface, language, page), where no impressions
 * are counted: (accept_all + custom) / all actions.
 * @example optInShare({ accept_all: 2, reject_all: 2 }) // 0.5
 */
export const optInShare = (actions: ActionCounts): Rate =>
  ratio(count(actions, 'accept_all') + count(actions, 'custom'), sumActions(actions));

/**
 * A rate as a percentage with one decimal, or "–" when there is none.
 * @example percent(0.4567) // "45.7 %"
 */
export const percent = (r: Rate): string => (r === null ? '–' : `${(r * 100).toFixed(1)} %`);

/**
 * Milliseconds as seconds for people ("3.2 s"), "–" for none.
 * @example seconds(3200) // "3.2 s"
 */
export const seconds = (ms: number | null): string => (ms === null ? '–' : `${(ms / 1000).toFixed(1)} s`);
