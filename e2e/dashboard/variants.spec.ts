/**
 * The banner variants' and time-to-decision sections, drawn from the server's real `GET /v1/stats` answer with given
 * variants put in (a route passes the answer through: the numbers here are chosen to give one
 * significant and one non-significant difference, and proofs carry no variant on this branch). The statistics themselves are unit-tested
 * in packages/server/dashboard/src/variants.test.ts.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { SITE, startStatsServer, type StatsServer } from './server';

let server: StatsServer;
test.beforeAll(async () => {
  server = await startStatsServer();
});
test.afterAll(() => server?.close());

test('variants: accept rate with its 95 % interval, and in words whether a difference is significant; time to decide', async ({
  page,
}) => {
  const variants = {
    a: { impressions: 100, actions: { accept_all: 350, reject_all: 500, custom: 50 } },
    b: { impressions: 100, actions: { accept_all: 450, reject_all: 400, custom: 50 } },
    c: { impressions: 100, actions: { accept_all: 360, reject_all: 490, custom: 50 } },
  };
  // Proofs carry no decisionMs on this branch either: a given histogram (upper bounds of STATS-SPEC.md).
  const timeToDecision = {
    count: 20,
    p50Ms: 2000,
    p90Ms: 10000,
    buckets: [500, 1000, 2000, 5000, 10000, 30000, 60000, 300000, null].map((leMs, i) => ({
      leMs,
      count: [1, 4, 5, 6, 2, 1, 1, 0, 0][i]!,
    })),
  };
  await page.route('**/v1/stats?**', async (route) => {
    const res = await route.fetch();
    expect(res.status()).toBe(200);
    await route.fulfill({ response: res, json: { ...(await res.json()), variants, timeToDecision } });
  });
  await page.goto(`${server.url}/dashboard#token=${server.token}&site=${encodeURIComponent(SITE)}`);
  const section = page.getByRole('region', { name: 'Banner variants' });
  const table = section.getByRole('table', { name: 'Decision mix per variant' });
  const row = (v: string) =>
    table
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: v, exact: true }) })
      .getByRole('cell');
  // Shown = 1000 each; a: 35.0 % (Wilson 32.1–38.0 %), b: 45.0 %.
  await expect(row('a')).toHaveText(['1000', '350', '500', '50', '100', '35.0 %', '32.1 % – 38.0 %']);
  await expect(row('b')).toHaveText(['1000', '450', '400', '50', '100', '45.0 %', '41.9 % – 48.1 %']);
  const verdicts = section.getByRole('listitem');
  await expect(verdicts.nth(1)).toHaveText(
    /^b: Accept rate 10\.0 % higher than a: significant at the 5 % level \(p < 0\.001\)/,
  );
  await expect(verdicts.nth(2)).toHaveText(
    /^c: The difference from a \(1\.0 % higher\) is not significant \(p = 0\.6\d\d\)/,
  );
  await expect(section.locator('.chart canvas')).toBeVisible();

  const timing = page.getByRole('region', { name: 'Time from banner shown to decision' });
  await expect(timing.getByText('20 timed decisions: half within 2.0 s, nine in ten within 10.0 s.')).toBeVisible();
  const bucket = (label: string) =>
    timing
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: label, exact: true }) })
      .getByRole('cell');
  await expect(bucket('≤ 0.5 s')).toHaveText(['1', '5.0 %']);
  await expect(bucket('2–5 s')).toHaveText(['6', '30.0 %']);
  await expect(bucket('> 300 s')).toHaveText(['0', '0.0 %']);

  const result = await new AxeBuilder({ page })
    .include('#variants')
    .include('#timing')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(result.violations.map((v) => v.id)).toEqual([]);
});
