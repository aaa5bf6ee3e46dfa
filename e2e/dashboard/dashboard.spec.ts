/**
 * The statistics dashboard (`GET /dashboard`) in Chromium against the built server and a
 * database seeded through the real `POST /v1/proofs`: the numbers it shows equal the records
 * (counted here, apart from the server), login, CSV, CSP and no foreign requests.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { countSeeds } from './expected';
import { IMPRESSIONS, SEEDS, SITE, seed, startStatsServer, type StatsServer } from './server';

let server: StatsServer;

test.beforeAll(async () => {
  server = await startStatsServer();
  await seed(server.url);
});
test.afterAll(() => server?.close());

/** Opens the dashboard logged in through the fragment; collects console errors, failed and foreign requests. */
async function openDashboard(page: Page, s: StatsServer): Promise<string[]> {
  const problems: string[] = [];
  // Console errors (a CSP violation is one), but not Chromium's line for a failed load: the response listener names its URL.
  page.on(
    'console',
    (m) => m.type() === 'error' && !/^Failed to load resource/.test(m.text()) && problems.push(m.text()),
  );
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('request', (r) => !r.url().startsWith(s.url) && problems.push(`foreign request ${r.url()}`));
  page.on('response', (r) => r.status() >= 400 && problems.push(`${r.status()} ${r.url()}`));
  await page.goto(`${s.url}/dashboard#token=${s.token}&site=${encodeURIComponent(SITE)}`);
  await expect(page.locator('#summary')).toBeVisible();
  await expect(page.locator('.chart canvas').first()).toBeVisible();
  return problems;
}

const rowOf = (page: Page, tableName: string, rowHeader: string) =>
  page
    .getByRole('table', { name: tableName })
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: rowHeader, exact: true }) });
const cells = async (page: Page, tableName: string, rowHeader: string) =>
  (await rowOf(page, tableName, rowHeader).getByRole('cell').allTextContents()).map((t) => t.trim());
const pct = (part: number, whole: number) => `${((part / whole) * 100).toFixed(1)} %`;

test('the numbers shown equal the seeded records', async ({ page }) => {
  const c = countSeeds(SEEDS);
  const problems = await openDashboard(page, server);
  const n = (a: string) => c.actions[a] ?? 0;
  const shown = IMPRESSIONS.length;
  // Opt-in and reject rates: over every decision and every banner left without one.
  const all = c.decisions + shown;
  const stat = (key: string) => page.locator(`[data-stat="${key}"]`);

  await expect(stat('decisions')).toHaveText(String(c.decisions));
  await expect(stat('impressions')).toHaveText(String(shown));
  await expect(stat('opt-in')).toHaveText(pct(n('accept_all') + n('custom'), all));
  await expect(stat('reject')).toHaveText(pct(n('reject_all'), all));
  await expect(stat('gpc')).toHaveText(pct(c.gpc, c.decisions));
  await expect(stat('withdrawals')).toHaveText(String(n('withdraw')));

  // Today's row of the series: decisions, no decision, accept, reject, custom, withdraw, GPC, opt-in.
  const today = new Date().toISOString().slice(0, 10);
  await page.getByText('The numbers per day (table)').click();
  expect(await cells(page, 'Per day', today)).toEqual(
    [c.decisions, shown, n('accept_all'), n('reject_all'), n('custom'), n('withdraw'), c.gpc]
      .map(String)
      .concat(pct(n('accept_all') + n('custom'), all)),
  );

  for (const [key, v] of Object.entries(c.purposes))
    expect(await cells(page, 'Granted and denied per category and service', key)).toEqual([
      String(v.granted),
      String(v.denied),
      pct(v.granted, v.granted + v.denied),
    ]);

  const group = (m: Record<string, number>) => {
    const total = Object.values(m).reduce((a, b) => a + b, 0);
    const g = (a: string) => m[a] ?? 0;
    return [total, g('accept_all'), g('reject_all'), g('custom'), g('withdraw')]
      .map(String)
      .concat(pct(g('accept_all') + g('custom'), total));
  };
  const SURFACE = { banner: 'Banner', preferences: 'Preferences', floating: 'Floating button' } as Record<
    string,
    string
  >;
  for (const [key, m] of Object.entries(c.surfaces))
    expect(await cells(page, 'Decisions per surface', SURFACE[key]!)).toEqual(group(m));
  const LANGUAGE = { sv: 'Swedish (sv)', en: 'English (en)' } as Record<string, string>;
  for (const [key, m] of Object.entries(c.locales))
    expect(await cells(page, 'Decisions per language', LANGUAGE[key]!)).toEqual(group(m));
  for (const [path, m] of Object.entries(c.pages))
    expect(await cells(page, 'Decisions per page', `${SITE}${path}`)).toEqual(group(m));

  // The CSV download: the same numbers, the CLI's columns.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download CSV' }).click(),
  ]);
  const csv = (await (await download.createReadStream()).toArray()).join('');
  const lines = csv.trim().split('\r\n');
  expect(lines[0]).toBe('period,decisions,impressions,accept_all,reject_all,custom,withdraw,reprompt,expire,gpc');
  expect(lines).toContain(
    [today, c.decisions, shown, n('accept_all'), n('reject_all'), n('custom'), n('withdraw'), 0, 0, c.gpc].join(','),
  );
  expect(download.suggestedFilename()).toMatch(
    /^cookiegate-stats-shop\.example-\d{4}-\d\d-\d\d-\d{4}-\d\d-\d\d-day\.csv$/,
  );
  expect(problems).toEqual([]);
});

const SHOTS = join(import.meta.dirname, '..', 'screenshots');

for (const viewport of [
  { width: 360, height: 740 },
  { width: 1366, height: 768 },
])
  for (const colorScheme of ['light', 'dark'] as const)
    test(`axe: no WCAG 2.2 AA violation at ${viewport.width} px, ${colorScheme}; screenshot`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await page.emulateMedia({ colorScheme });
      const problems = await openDashboard(page, server);
      // Nothing wider than the screen but the tables' own scrolling regions.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
      const result = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      mkdirSync(SHOTS, { recursive: true });
      await page.screenshot({
        path: join(SHOTS, `dashboard-${viewport.width}-${colorScheme}.png`),
        fullPage: true,
      });
      expect(problems).toEqual([]);
    });

test('the login: the page loads without a token, refuses a wrong one, keeps a good one in the tab', async ({
  page,
}) => {
  const res = await page.goto(`${server.url}/dashboard`);
  expect(res!.status()).toBe(200);
  await expect(page.getByLabel('Stats token')).toBeFocused();
  await expect(page.locator('#results')).toBeHidden();

  await page.getByLabel('Stats token').fill('x'.repeat(40));
  // The server keeps one site's log: the page picks it and loads at once.
  await page.getByRole('button', { name: 'Show statistics' }).click();
  await expect(page.getByRole('alert')).toHaveText(/token was not accepted/);
  await expect(page.getByLabel('Stats token')).toBeVisible();
  expect(await page.evaluate(() => sessionStorage.getItem('cookiegate-stats-token'))).toBeNull();

  await page.getByLabel('Stats token').fill(server.token);
  await page.getByRole('button', { name: 'Show statistics' }).click();
  await expect(page.locator('[data-stat="decisions"]')).toHaveText(String(SEEDS.length));
  expect(await page.evaluate(() => sessionStorage.getItem('cookiegate-stats-token'))).toBe(server.token);

  // A reload in the same tab stays logged in; the fragment's token never stays in the address.
  await page.goto(`${server.url}/dashboard#token=${server.token}&site=${encodeURIComponent(SITE)}`);
  await expect(page.locator('[data-stat="decisions"]')).toHaveText(String(SEEDS.length));
  expect(page.url()).toBe(`${server.url}/dashboard`);

  await page.getByRole('button', { name: 'Log out' }).click();
  await expect(page.getByLabel('Stats token')).toBeVisible();
  expect(await page.evaluate(() => sessionStorage.getItem('cookiegate-stats-token'))).toBeNull();
});

test('served with a strict CSP, cacheable hashed assets, and nothing without a build name', async ({ request }) => {
  const html = await request.get(`${server.url}/dashboard`);
  expect(html.headers()['content-security-policy']).toContain("default-src 'none'");
  expect(html.headers()['content-security-policy']).toContain("script-src 'self'");
  expect(html.headers()['cache-control']).toBe('no-cache');
  const assets = [...(await html.text()).matchAll(/(?:src|href)="(dashboard\/[^"]+)"/g)].map((m) => m[1]!);
  expect(assets).toHaveLength(2);
  for (const a of assets) {
    const res = await request.get(`${server.url}/${a}`);
    expect(res.status()).toBe(200);
    expect(res.headers()['cache-control']).toContain('immutable');
    expect(res.headers()['content-type']).toMatch(/^text\/(javascript|css)/);
  }
  for (const bad of ['dashboard/index.html', 'dashboard/..%2Fpackage.json', 'dashboard/dashboard-x.js'])
    expect((await request.get(`${server.url}/${bad}`)).status()).toBe(404);
});
