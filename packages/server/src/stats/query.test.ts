import { describe, expect, it } from 'vitest';
import { parseDay } from './day.js';
import { parseStatsQuery } from './query.js';

const SITE = 'https://shop.example';
const now = Date.parse('2026-12-07T12:00:00Z');
const parse = (q: Record<string, string | string[]>) =>
  parseStatsQuery(
    Object.fromEntries(Object.entries(q).map(([k, v]) => [k, Array.isArray(v) ? v : [v]])),
    (s) => s === SITE,
    now,
  );

describe('stats query', () => {
  it('defaults to the last 30 days by day', () => {
    expect(parse({ site: SITE })).toEqual({
      ok: true,
      value: { site: SITE, from: parseDay('2026-11-08'), to: parseDay('2026-12-07'), by: 'day' },
    });
    expect(parse({ site: SITE, to: '2026-01-30', by: 'week' })).toMatchObject({
      value: { from: parseDay('2026-01-01'), by: 'week' },
    });
  });
  it('refuses bad values naming the parameter', () => {
    const error = (q: Record<string, string | string[]>) => {
      const r = parse(q);
      return r.ok ? 'ok' : r.error;
    };
    expect(error({})).toMatch(/^site: required/);
    expect(error({ site: 'https://other.example' })).toMatch(/^site: not a configured site/);
    expect(error({ site: SITE, from: '2026-02-30' })).toMatch(/^from: /);
    expect(error({ site: SITE, to: 'yesterday' })).toMatch(/^to: /);
    expect(error({ site: SITE, from: '2026-12-02', to: '2026-12-01' })).toMatch(/^from: 2026-12-02 is after to/);
    expect(error({ site: SITE, from: '2025-01-01', to: '2026-01-02' })).toMatch(/^to: the range spans more than 366/);
    expect(error({ site: SITE, from: '2025-01-02', to: '2026-01-02' })).toBe('ok'); // 366 days
    expect(error({ site: SITE, by: 'month' })).toMatch(/^by: /);
    expect(error({ site: [SITE, SITE] })).toMatch(/^site: give it once/);
    expect(error({ site: SITE, limit: '5' })).toMatch(/^unknown parameter: limit/);
  });
});
