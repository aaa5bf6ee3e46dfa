/**
 * The banner variants' section, drawn from a given `GET /v1/stats` answer (a route fulfils it:
 * the proofs cannot carry a variant on this branch, and the numbers here are chosen to give one
 * significant and one non-significant difference). The statistics themselves are unit-tested
 * in packages/server/dashboard/src/variants.test.ts.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { SEEDS, SITE, startStatsServer, type StatsServer } from './server';
import { standInStats } from './stand-in';

let server: StatsServer;
test.beforeAll(async () => {
  server = await startStatsServer();
});
test.afterAll(() => server?.close());

test('variants: accept rate with its 95 % interval, and in words whether a difference is significant', async ({
  page,
}) => {
  const body = {
    ...standInStats(SITE, SEEDS),
    variants: {
      a: { impressions: 100, actions: { accept_all: 350, reject_all: 500, custom: 50 } },
      b: { impressions: 100, actions: { accept_all: 450, reject_all: 400, custom: 50 } },
      c: { impressions: 100, actions: { accept_all: 360, reject_all: 490, custom: 50 } },
    },
  };
  await page.route('**/v1/stats?**', (route) => route.fulfill({ json: body }));
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
  const result = await new AxeBuilder({ page })
    .include('#variants')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(result.violations.map((v) => v.id)).toEqual([]);
});
