/**
 * `cookiegate-server stats` (the report as JSON or CSV) and `stats rebuild`.
 */
import { parseStatsQuery } from '../stats/query.js';
import { buildReport, statsCsv } from '../stats/report.js';
import type { ProofStore } from '../stores/types.js';

/** The flags the command reads. */
export interface StatsFlags {
  site?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  by?: string | undefined;
  format?: string | undefined;
}

/**
 * Runs the command and returns what it prints; throws with the reason (naming the flag) on bad input.
 * @example process.stdout.write(await statsCommand(store, undefined, { site: 'https://shop.example', format: 'csv' }));
 */
export async function statsCommand(store: ProofStore, sub: string | undefined, flags: StatsFlags): Promise<string> {
  if (sub === 'rebuild') return `${JSON.stringify({ recounted: await store.rebuildStats() })}\n`;
  if (sub !== undefined) throw new Error(`unknown stats subcommand: ${sub} (rebuild, or none for the report)`);
  const format = flags.format ?? 'json';
  if (format !== 'json' && format !== 'csv')
    throw new Error(`--format must be json or csv (got ${JSON.stringify(format)})`);
  const sites = await store.sites();
  const given = (x: string | undefined) => (x === undefined ? undefined : [x]);
  const q = parseStatsQuery(
    { site: given(flags.site), from: given(flags.from), to: given(flags.to), by: given(flags.by) },
    (s) => sites.includes(s),
  );
  if (!q.ok)
    throw new Error(
      q.error.startsWith('site: not')
        ? `--site: the database has no log for ${flags.site} (sites: ${sites.join(', ') || 'none'})`
        : `--${q.error}`,
    );
  const report = buildReport(q.value, await store.statsRange(q.value.site, q.value.from, q.value.to));
  return format === 'csv' ? statsCsv(report) : `${JSON.stringify(report, null, 2)}\n`;
}
