/**
 * How the dashboard names what the stats body calls by key: actions, surfaces, languages,
 * time-to-decision buckets.
 */
import type { Action } from './stats.js';

/** Actions in words. */
export const ACTION_LABELS: Record<Action, string> = {
  accept_all: 'Accept all',
  reject_all: 'Reject all',
  custom: 'Custom choice',
  withdraw: 'Withdrawn',
  reprompt: 'Asked again',
  expire: 'Expired',
};

const SURFACES: Record<string, string> = { banner: 'Banner', preferences: 'Preferences', floating: 'Floating button' };

/**
 * A surface's name (the key itself for one the dashboard does not know).
 * @example surfaceLabel('floating') // "Floating button"
 */
export const surfaceLabel = (key: string): string => SURFACES[key] ?? key;

/**
 * A language tag with its English name.
 * @example localeLabel('sv') // "Swedish (sv)"
 */
export function localeLabel(tag: string): string {
  try {
    const name = new Intl.DisplayNames(['en'], { type: 'language' }).of(tag);
    return name && name !== tag ? `${name} (${tag})` : tag;
  } catch {
    return tag; // not a valid language tag
  }
}

const s = (ms: number) => `${ms / 1000} s`;

/**
 * The range of a time-to-decision bucket, from the previous bucket's upper bound.
 * @example bucketLabel(null, 1000) // "≤ 1 s"
 * @example bucketLabel(1000, 2000) // "1–2 s"
 * @example bucketLabel(300000, null) // "> 300 s"
 */
export function bucketLabel(previous: number | null, leMs: number | null): string {
  if (leMs === null) return previous === null ? 'any time' : `> ${s(previous)}`;
  if (previous === null) return `≤ ${s(leMs)}`;
  return `${previous / 1000}–${s(leMs)}`;
}
