/**
 * The CSV download, built in the page from the JSON: the same columns as
 * `cookiegate-server stats --format csv` (STATS-SPEC.md), one row per period.
 */
import { count, type Stats } from './stats.js';

/** The CSV's columns, in order. */
export const CSV_COLUMNS = [
  'period',
  'decisions',
  'impressions',
  'accept_all',
  'reject_all',
  'custom',
  'withdraw',
  'reprompt',
  'expire',
  'gpc',
] as const;

/**
 * One CSV line per period under a header line, CRLF line ends (RFC 4180). Every cell is a
 * date or an integer, so nothing needs quoting and no cell can start a spreadsheet formula.
 * @example statsCsv(stats).split('\r\n')[0] // "period,decisions,impressions,accept_all,…,gpc"
 */
export function statsCsv(stats: Pick<Stats, 'series'>): string {
  const rows = stats.series.map((p) =>
    [
      p.period,
      p.decisions,
      p.impressions,
      count(p.actions, 'accept_all'),
      count(p.actions, 'reject_all'),
      count(p.actions, 'custom'),
      count(p.actions, 'withdraw'),
      count(p.actions, 'reprompt'),
      count(p.actions, 'expire'),
      p.gpc,
    ].join(','),
  );
  return [CSV_COLUMNS.join(','), ...rows].join('\r\n') + '\r\n';
}

/**
 * The download's file name: site host, range and period length.
 * @example csvFileName({ site: 'https://shop.example', from: '2026-11-01', to: '2026-11-30', by: 'day' }) // "cookiegate-stats-shop.example-2026-11-01-2026-11-30-day.csv"
 */
export function csvFileName(stats: Pick<Stats, 'site' | 'from' | 'to' | 'by'>): string {
  const site = stats.site.replace(/^[a-z]+:\/\//, '').replace(/[^\w.-]+/g, '_');
  return `cookiegate-stats-${site}-${stats.from}-${stats.to}-${stats.by}.csv`;
}
