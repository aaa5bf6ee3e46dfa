/**
 * `npm start`'s demo: the shop prints a link to its dashboard with the demo's stats token, and
 * the dashboard's counts grow as a visitor decides in the shop (the real demo process, the
 * real /v1/stats).
 */
import type { Page } from '@playwright/test';
import { decide, expect, test } from '../shop/fixtures';

/** The banner's "Accept all" count in the per-surface table (0 while the banner has no decision). */
async function bannerAccepts(dashboard: Page): Promise<number> {
  const row = dashboard
    .getByRole('table', { name: 'Decisions per surface' })
    .getByRole('row')
    .filter({ has: dashboard.getByRole('rowheader', { name: 'Banner', exact: true }) });
  if ((await row.count()) === 0) return 0;
  return Number(await row.getByRole('cell').nth(1).textContent()); // Decisions, then Accept all
}

test('the demo shop links to its dashboard, which counts a visitor’s decision', async ({
  page,
  context,
  shopServer,
}) => {
  const link = /Consent statistics[^:]*: (http:\/\/\S+)/.exec(shopServer.output.join(''))?.[1];
  expect(link).toMatch(/\/dashboard#token=[\w-]{32,}&site=http%3A%2F%2Flocalhost%3A\d+$/);

  const dashboard = await context.newPage();
  await dashboard.goto(link!);
  const decisions = dashboard.locator('[data-stat="decisions"]');
  await expect(decisions).toHaveText(/^\d+$/);
  // Other tests of this worker share the demo server: count from here on.
  const before = Number(await decisions.textContent());
  const acceptsBefore = await bannerAccepts(dashboard);

  await page.goto('/');
  await decide(page, 'accept');
  // The proof is sent once the decision is stored; Apply asks the server again.
  await expect(async () => {
    await dashboard.getByRole('button', { name: 'Apply' }).click();
    await expect(decisions).toHaveText(String(before + 1), { timeout: 1000 });
  }).toPass({ timeout: 15_000 });
  expect(await bannerAccepts(dashboard)).toBe(acceptsBefore + 1);
});
