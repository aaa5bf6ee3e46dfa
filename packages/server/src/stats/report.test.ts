import { describe, expect, it } from 'vitest';
import { parseDay } from './day.js';
import { buildReport, statsCsv, TOP_PAGES, type StatsRange } from './report.js';

const d = (t: string) => parseDay(t)!;
const empty: StatsRange = { daily: [], totals: [], impressions: [] };

describe('stats report', () => {
  it('has one series entry per day or ISO week, zeros included', () => {
    const range: StatsRange = {
      ...empty,
      daily: [
        { span: 1, day: d('2026-12-01'), dim: 'action', a: 'accept_all', b: '', n: 2 },
        { span: 1, day: d('2026-12-07'), dim: 'action', a: 'reject_all', b: '', n: 1 },
        { span: 1, day: d('2026-12-07'), dim: 'gpc', a: '', b: '', n: 1 },
      ],
      impressions: [{ day: d('2026-12-06'), locale: 'sv', variant: '', n: 4 }],
    };
    const q = { site: 's', from: d('2026-12-01'), to: d('2026-12-07') };
    const days = buildReport({ ...q, by: 'day' }, range);
    expect(days.series).toHaveLength(7);
    expect(days.series[1]).toEqual({ period: '2026-12-02', decisions: 0, impressions: 0, actions: {}, gpc: 0 });
    const weeks = buildReport({ ...q, by: 'week' }, range);
    expect(weeks.series).toEqual([
      { period: '2026-11-30', decisions: 2, impressions: 4, actions: { accept_all: 2 }, gpc: 0 },
      { period: '2026-12-07', decisions: 1, impressions: 0, actions: { reject_all: 1 }, gpc: 1 },
    ]);
    expect(statsCsv(weeks)).toBe(
      'period,decisions,impressions,accept_all,reject_all,custom,withdraw,reprompt,expire,gpc\n' +
        '2026-11-30,2,4,2,0,0,0,0,0,0\n2026-12-07,1,0,0,1,0,0,0,0,1\n',
    );
  });

  it('lists the 50 pages with most decisions, drops zero counts, and takes percentiles from bucket bounds', () => {
    const totals: StatsRange['totals'] = [];
    for (let i = 0; i < 60; i++) totals.push({ dim: 'page', a: `https://s.example/${i}`, b: 'custom', n: i + 1 });
    totals.push({ dim: 'locale', a: 'sv', b: 'custom', n: 0 });
    totals.push({ dim: 'purpose', a: 'ads', b: 'denied', n: 0 });
    totals.push({ dim: 'variant', a: 'b', b: 'custom', n: 3 });
    totals.push({ dim: 'decisionMs', a: '1000', b: '', n: 5 }, { dim: 'decisionMs', a: 'inf', b: '', n: 5 });
    const r = buildReport({ site: 's', from: 0, to: 0, by: 'day' }, { ...empty, totals });
    expect(r.pages).toHaveLength(TOP_PAGES);
    expect(r.pages[0]).toEqual({ page: 'https://s.example/59', actions: { custom: 60 } });
    expect(r.locales).toEqual({});
    expect(r.purposes).toEqual({});
    expect(r.variants).toEqual({ b: { impressions: 0, actions: { custom: 3 } } });
    expect(r.timeToDecision).toMatchObject({ count: 10, p50Ms: 1000, p90Ms: null });
    expect(r.timeToDecision.buckets.map((b) => b.leMs)).toEqual([
      500,
      1000,
      2000,
      5000,
      10000,
      30000,
      60000,
      300000,
      null,
    ]);
  });
});
