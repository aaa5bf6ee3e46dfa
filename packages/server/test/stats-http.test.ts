/**
 * `GET /v1/stats` and `POST /v1/impressions` over real HTTP (serve on a loopback port):
 * tokens, parameters, proofs and impressions counted, and nothing counted for a bad request.
 */
import { describe, expect, it } from 'vitest';
import type { RunningServer } from '../src/node/serve.js';
import { dayOf, dayText } from '../src/stats/day.js';
import type { StatsReport } from '../src/stats/report.js';
import { postInit, requestFrom, SITE, submission } from './submission.js';
import { testServers } from './test-server.js';

const ADMIN = 'a'.repeat(40);
const STATS = 's'.repeat(32);
const start = testServers({ adminToken: ADMIN, statsToken: STATS });

const stats = (srv: RunningServer, query: string, token: string | null = STATS) =>
  fetch(`${srv.url}/v1/stats?${query}`, token === null ? {} : { headers: { authorization: `Bearer ${token}` } });
const site = `site=${encodeURIComponent(SITE)}`;
const impression = (srv: RunningServer, body: string, headers: Record<string, string> = {}) =>
  fetch(`${srv.url}/v1/impressions`, {
    method: 'POST',
    headers: { origin: SITE, 'content-type': 'text/plain;charset=UTF-8', ...headers },
    body,
  });
const report = async (srv: RunningServer) => (await (await stats(srv, site)).json()) as StatsReport;

describe('GET /v1/stats', () => {
  it('answers the stats token and the admin token, 401 to none or a wrong one', async () => {
    const srv = await start();
    expect((await stats(srv, site, null)).status).toBe(401);
    const wrong = await stats(srv, site, 'x'.repeat(32));
    expect(wrong.status).toBe(401);
    expect(await wrong.json()).toEqual({ error: 'stats or admin token required' });
    expect((await stats(srv, site, STATS)).status).toBe(200);
    const admin = await stats(srv, site, ADMIN);
    expect(admin.status).toBe(200);
    expect(admin.headers.get('content-type')).toMatch(/^application\/json/);
    // The stats token opens no admin route.
    const purge = await fetch(`${srv.url}/v1/admin/purge`, {
      method: 'POST',
      headers: { authorization: `Bearer ${STATS}` },
    });
    expect(purge.status).toBe(401);
  });

  it('limits wrong tokens per network like the admin routes (shared budget)', async () => {
    const srv = await start({ adminRateLimit: { burst: 2, perSecond: 0.001 } });
    const from = (token: string) =>
      requestFrom(`${srv.url}/v1/stats?${site}`, '127.0.0.1', { headers: { authorization: `Bearer ${token}` } });
    expect((await from('wrong-1')).status).toBe(401);
    expect(
      (
        await requestFrom(`${srv.url}/v1/admin/purge`, '127.0.0.1', {
          method: 'POST',
          headers: { authorization: 'Bearer wrong-2' },
        })
      ).status,
    ).toBe(401);
    const limited = await from(STATS);
    expect(limited.status).toBe(429);
    expect(limited.headers['retry-after']).toBeDefined();
    expect(
      (await requestFrom(`${srv.url}/v1/stats?${site}`, '127.0.1.1', { headers: { authorization: `Bearer ${STATS}` } }))
        .status,
    ).toBe(200);
  });

  it('is off without any token, and refuses a stats token shorter than 32 characters', async () => {
    const srv = await start({ adminToken: undefined, statsToken: undefined });
    const off = await stats(srv, site, STATS);
    expect(off.status).toBe(404);
    expect(await off.json()).toEqual({ error: 'stats are disabled (no stats or admin token configured)' });
    await expect(start({ statsToken: 'short' })).rejects.toThrow('the stats token must be at least 32 characters');
  });

  it('answers 400 naming the parameter for a bad query', async () => {
    const srv = await start();
    const cases: Array<[string, RegExp]> = [
      ['', /^site: required/],
      ['site=https%3A%2F%2Fother.example', /^site: not a configured site/],
      [`${site}&from=2026-02-30`, /^from: /],
      [`${site}&to=12%2F07%2F2026`, /^to: /],
      [`${site}&from=2026-12-05&to=2026-12-01`, /^from: 2026-12-05 is after to/],
      [`${site}&from=2024-01-01&to=2026-01-01`, /^to: the range spans more than 366 days/],
      [`${site}&by=month`, /^by: /],
      [`${site}&${site}`, /^site: give it once/],
      [`${site}&token=x`, /^unknown parameter: token/],
    ];
    for (const [query, error] of cases) {
      const res = await stats(srv, query);
      expect(res.status, query).toBe(400);
      expect(((await res.json()) as { error: string }).error, query).toMatch(error);
    }
  });

  it('counts proofs posted over HTTP, per day and per week', async () => {
    const srv = await start();
    for (const body of [
      submission({ action: 'accept_all', decisions: { analytics: true } }),
      submission({ action: 'reject_all', surface: 'banner', gpc: true, decisions: { analytics: false } }),
      submission({ action: 'custom', surface: 'preferences', locale: 'sv', decisions: { analytics: true } }),
    ])
      expect((await fetch(`${srv.url}/v1/proofs`, postInit(body))).status).toBe(201);
    const r = await report(srv);
    const today = dayText(dayOf(Date.now()));
    expect(r).toMatchObject({ site: SITE, to: today, by: 'day' });
    expect(r.series).toHaveLength(30);
    expect(r.series[29]).toEqual({
      period: today,
      decisions: 3,
      impressions: 0,
      actions: { accept_all: 1, reject_all: 1, custom: 1 },
      gpc: 1,
    });
    expect(r.totals).toEqual({
      decisions: 3,
      impressions: 0,
      actions: { accept_all: 1, reject_all: 1, custom: 1 },
      gpc: 1,
      gpcApplied: 0,
    });
    expect(r.surfaces).toEqual({ banner: { accept_all: 1, reject_all: 1 }, preferences: { custom: 1 } });
    expect(r.locales).toEqual({ 'en-GB': { accept_all: 1, reject_all: 1 }, sv: { custom: 1 } });
    expect(r.purposes).toEqual({ analytics: { granted: 2, denied: 1 } });
    expect(r.pages).toEqual([{ page: `${SITE}/`, actions: { accept_all: 1, reject_all: 1, custom: 1 } }]);
    const weeks = (await (await stats(srv, `${site}&by=week&from=${today}&to=${today}`)).json()) as StatsReport;
    expect(weeks.series).toHaveLength(1);
    expect(weeks.series[0]!.decisions).toBe(3);
  });
});

describe('POST /v1/impressions', () => {
  it('counts an impression per locale and variant from JSON or a beacon (text/plain), answering 204', async () => {
    const srv = await start();
    const res = await impression(srv, '{"locale":"sv","variant":"b"}');
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe(SITE);
    expect((await impression(srv, '{"locale":"sv"}', { 'content-type': 'application/json' })).status).toBe(204);
    const r = await report(srv);
    expect(r.totals.impressions).toBe(2);
    expect(r.series[29]!.impressions).toBe(2);
    expect(r.variants).toEqual({ b: { impressions: 1, actions: {} } });
    const preflight = await fetch(`${srv.url}/v1/impressions`, {
      method: 'OPTIONS',
      headers: { origin: SITE, 'access-control-request-method': 'POST' },
    });
    expect(preflight.status).toBe(204);
  });

  it('refuses bad impressions with a reason and counts nothing of them', async () => {
    const srv = await start();
    const cases: Array<[string, Record<string, string>, number, RegExp]> = [
      ['{"locale":"sv"', {}, 400, /^malformed JSON$/],
      ['{"locale":"sv","consentId":"x"}', {}, 400, /^unknown field: consentId/],
      ['{"locale":"sv","variant":"B!"}', {}, 400, /^variant/],
      ['{"variant":"b"}', {}, 400, /^locale/],
      ['{"locale":"sv"}', { origin: 'https://evil.example' }, 403, /^origin not allowed/],
      ['{"locale":"sv"}', { 'content-type': 'application/x-www-form-urlencoded' }, 415, /^content-type/],
      [JSON.stringify({ locale: 'sv', pad: 'x'.repeat(2000) }), {}, 413, /^body larger than 1024 bytes/],
    ];
    for (const [body, headers, status, error] of cases) {
      const res = await impression(srv, body, headers);
      expect(res.status, body.slice(0, 40)).toBe(status);
      expect(((await res.json()) as { error: string }).error).toMatch(error);
    }
    expect((await report(srv)).totals.impressions).toBe(0);
  });

  it("shares the proofs' rate limit per network", async () => {
    const srv = await start({ rateLimit: { burst: 2, perSecond: 0.001 } });
    const from = (address: string) =>
      requestFrom(`${srv.url}/v1/impressions`, address, {
        method: 'POST',
        headers: { origin: SITE, 'content-type': 'text/plain' },
        body: '{"locale":"sv"}',
      });
    expect((await from('127.0.0.1')).status).toBe(204);
    expect((await from('127.0.0.1')).status).toBe(204);
    const limited = await from('127.0.0.1');
    expect(limited.status).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect((await from('127.0.1.1')).status).toBe(204);
    expect((await report(srv)).totals.impressions).toBe(3);
  });
});
