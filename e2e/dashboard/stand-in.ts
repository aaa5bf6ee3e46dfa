/**
 * ONLY while this branch lacks the real `GET /v1/stats` (built in parallel on the `statsserver`
 * branch): an answer in the shape of STATS-SPEC.md made from the seeds' own counts, so that the
 * page's drawing of an answer is tested. The dashboard spec uses it only when the server
 * answers `/v1/stats` with 404, and says so in the test's annotations.
 */
import type { Seed } from './server';
import { countSeeds } from './expected';

const day = (d: Date) => d.toISOString().slice(0, 10);

/** A stats body for the seeds, all decided today (UTC), over the last 30 days. */
export function standInStats(site: string, seeds: Seed[]) {
  const c = countSeeds(seeds);
  const today = new Date();
  const series = Array.from({ length: 30 }, (_, i) => {
    const d = new Date(today.getTime() - (29 - i) * 86_400_000);
    return i === 29
      ? { period: day(d), decisions: c.decisions, impressions: 0, actions: c.actions, gpc: c.gpc }
      : { period: day(d), decisions: 0, impressions: 0, actions: {}, gpc: 0 };
  });
  return {
    site,
    from: series[0]!.period,
    to: series[29]!.period,
    by: 'day',
    totals: { decisions: c.decisions, impressions: 0, actions: c.actions, gpc: c.gpc, gpcApplied: 0 },
    series,
    surfaces: c.surfaces,
    locales: c.locales,
    pages: Object.entries(c.pages)
      .map(([path, actions]) => ({ page: `${site}${path}`, actions }))
      .sort((a, b) => sum(b.actions) - sum(a.actions)),
    purposes: c.purposes,
    revisions: { '1': c.actions },
    variants: {},
    timeToDecision: { count: 0, p50Ms: null, p90Ms: null, buckets: [] },
  };
}

const sum = (m: Record<string, number>) => Object.values(m).reduce((a, b) => a + b, 0);
