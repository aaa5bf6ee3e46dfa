/**
 * The `GET /v1/stats` query (and the CLI's flags): site, from, to, by, checked strictly; a bad
 * value is refused naming its parameter.
 */
import { dayOf, dayText, parseDay } from './day.js';
import type { StatsQuery } from './report.js';

/** Longest range, in days (inclusive). */
export const MAX_SPAN_DAYS = 366;
/** Days shown when no range is given: the last 30 up to today. */
export const DEFAULT_SPAN_DAYS = 30;
const PARAMS = new Set(['site', 'from', 'to', 'by']);

/**
 * Parses a stats query; each parameter at most once, no others.
 * @example
 * parseStatsQuery({ site: ['https://shop.example'], by: ['week'] }, (s) => s === 'https://shop.example')
 * // { ok: true, value: { site, from: today - 29, to: today, by: 'week' } }
 */
export function parseStatsQuery(
  params: Record<string, string[] | undefined>,
  isSite: (site: string) => boolean,
  now = Date.now(),
): { ok: true; value: StatsQuery } | { ok: false; error: string } {
  const fail = (error: string) => ({ ok: false as const, error });
  for (const [name, values] of Object.entries(params)) {
    if (!PARAMS.has(name)) return fail(`unknown parameter: ${name.slice(0, 40)} (site, from, to, by)`);
    if (values && values.length > 1) return fail(`${name}: give it once`);
  }
  const one = (name: string) => params[name]?.[0];
  const site = one('site');
  if (!site) return fail('site: required (a configured site origin)');
  if (!isSite(site)) return fail(`site: not a configured site: ${site.slice(0, 200)}`);
  const by = one('by') ?? 'day';
  if (by !== 'day' && by !== 'week') return fail('by: must be day or week');
  const day = (name: 'from' | 'to') => {
    const text = one(name);
    if (text === undefined) return undefined;
    const d = parseDay(text);
    return d === undefined ? null : d;
  };
  const fromDay = day('from');
  const toDay = day('to');
  if (fromDay === null) return fail('from: must be a date YYYY-MM-DD that exists (UTC)');
  if (toDay === null) return fail('to: must be a date YYYY-MM-DD that exists (UTC)');
  const today = dayOf(now);
  const to = toDay ?? (fromDay === undefined ? today : Math.min(today, fromDay + DEFAULT_SPAN_DAYS - 1));
  const from = fromDay ?? to - DEFAULT_SPAN_DAYS + 1;
  if (from > to) return fail(`from: ${dayText(from)} is after to (${dayText(to)})`);
  if (to - from + 1 > MAX_SPAN_DAYS) return fail(`to: the range spans more than ${MAX_SPAN_DAYS} days`);
  return { ok: true, value: { site, from, to, by } };
}
