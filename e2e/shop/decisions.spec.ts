import {
  banner,
  consentCommands,
  consentOf,
  decide,
  expect,
  GOOGLE_TYPES,
  ranOn,
  setRevision,
  test,
  trackerStorage,
  TRACKERS,
  type Visitor,
} from './fixtures';
import type { Page } from '@playwright/test';

/** Waits until the page has settled after a decision (the write path loaded, gated tags released). */
async function settle(page: Page, ms = 1500) {
  await page.waitForLoadState('load');
  await page.waitForTimeout(ms);
}

/** The last Consent Mode state of analytics_storage in dataLayer (null without Consent Mode). */
const analyticsStorage = (page: Page): Promise<string | null> =>
  page.evaluate(() => {
    let v: string | null = null;
    for (const c of ((window as any).dataLayer ?? []) as ArrayLike<unknown>[]) {
      const a = Array.from(c as ArrayLike<any>);
      if (a[0] === 'consent' && a[2]?.analytics_storage) v = a[2].analytics_storage;
    }
    return v;
  });

async function expectNothingRuns(page: Page, visitor: Visitor, where: string) {
  expect(await ranOn(page), `scripts that ran on ${where}`).toEqual([]);
  expect(visitor.vendorRequests(), `vendor requests on ${where}`).toEqual([]);
  expect(await visitor.trackerCookies(), `tracker cookies on ${where}`).toEqual([]);
  expect(await trackerStorage(page), `tracker storage on ${where}`).toEqual([]);
}

test.describe('decisions', () => {
  test('reject all: nothing runs; the refusal is remembered across pages and a reload', async ({ page, visitor }) => {
    await page.goto('/');
    await decide(page, 'reject');
    await expect(banner(page)).toBeHidden();
    await settle(page);
    const consent = await consentOf(page);
    expect(consent).not.toBeNull();
    for (const id of [...TRACKERS, 'analytics']) expect(consent.decisions[id], id).toBe(false);
    await expectNothingRuns(page, visitor, 'the start page');

    await page.goto('/produkter/norrsken-9');
    await settle(page, 500);
    await expect(page.getByRole('button', { name: 'Avvisa alla', exact: true })).toHaveCount(0);
    expect((await consentOf(page))?.id).toBe(consent.id);
    await page.reload();
    await settle(page, 500);
    expect((await consentOf(page))?.id).toBe(consent.id);
    await expectNothingRuns(page, visitor, 'the product page after a reload');
  });

  test('customize: only Google Analytics granted, only it runs; the others stay blocked', async ({ page, visitor }) => {
    await page.goto('/');
    await decide(page, { 'google-analytics': true });
    await expect.poll(() => ranOn(page)).toEqual(['google-analytics']);
    // Google Analytics granted on its own grants analytics_storage, so GA sets its cookies.
    expect(await analyticsStorage(page)).toBe('granted');
    const gaCookies = ['_ga', '_ga_7S0LGL4NT3'];
    await expect.poll(() => visitor.trackerCookies().then((c) => c.sort())).toEqual(gaCookies);
    const decisions = (await consentOf(page)).decisions;
    expect(decisions['google-analytics']).toBe(true);
    for (const id of ['google-ads', 'meta-pixel', 'smartlook']) expect(decisions[id], id).toBe(false);

    // Google's hosts saw only the GA4 tag and its hits; no other vendor was contacted.
    await expect.poll(() => visitor.vendorRequests('google').some((u) => u.includes('/g/collect'))).toBe(true);
    expect(visitor.vendorRequests('google').filter((u) => u.includes('AW-'))).toEqual([]);
    for (const vendor of ['google-ads', 'meta', 'smartlook', 'zendesk'])
      expect(visitor.vendorRequests(vendor), vendor).toEqual([]);

    // The live panel shows it: GA ran, the others did not, and GA's cookies exist.
    const panel = page.getByRole('complementary', { name: /Demopanel/ });
    await expect(panel.locator('[data-service="google-analytics"]')).toHaveAttribute('data-ran', 'yes');
    for (const id of ['google-ads', 'meta-pixel', 'smartlook'])
      await expect(panel.locator(`[data-service="${id}"]`)).toHaveAttribute('data-ran', 'no');
    if (gaCookies.length) await expect(panel.locator('[data-panel="cookies"]')).toContainText('_ga_7S0LGL4NT3');
    await expect(panel.locator('[data-panel="consent"]')).toContainText('Godkänt: Google Analytics.');
    await expect(panel.locator('[data-panel="gcm"]')).toContainText('ad_storage: denied');

    // The choice holds on the next page.
    await page.goto('/varukorg');
    await expect.poll(() => ranOn(page)).toEqual(['google-analytics']);
    await settle(page, 500);
    expect((await visitor.trackerCookies()).sort()).toEqual(gaCookies);
    for (const vendor of ['google-ads', 'meta', 'smartlook'])
      expect(visitor.vendorRequests(vendor), vendor).toEqual([]);
  });

  test('withdraw on another page in at most two interactions: tracker cookies deleted, no vendor contacted afterwards', async ({
    page,
    visitor,
  }) => {
    test.setTimeout(40_000);
    await page.goto('/');
    await decide(page, 'accept');
    await expect.poll(() => ranOn(page)).toEqual(['google-ads', 'google-analytics', 'meta-pixel', 'smartlook']);
    await expect
      .poll(() => visitor.trackerCookies().then((c) => c.sort()))
      .toEqual(['SL_C_23361dd035530_SID', '_fbp', '_ga', '_ga_7S0LGL4NT3', '_gcl_au']);
    const granted = (await consentCommands(page)).commands.at(-1)!;
    expect(granted[0]).toBe('update');
    for (const t of GOOGLE_TYPES) expect(granted[1][t], t).toBe('granted');
    expect(visitor.vendorRequests('meta').length).toBeGreaterThan(0);
    expect(visitor.vendorRequests('smartlook').length).toBeGreaterThan(0);

    await page.goto('/produkter/norrsken-9');
    await expect.poll(() => ranOn(page)).toEqual(['google-ads', 'google-analytics', 'meta-pixel', 'smartlook']);
    expect(await trackerStorage(page)).toContain('SL_L_23361dd035530_SID');

    const before = visitor.requests.length;
    const reloaded = page.waitForEvent('load');
    // 1: the floating button "Cookieinställningar"; 2: "Avvisa alla" in the preferences.
    await decide(page, 'reject', 'floating');
    // A tracker already running cannot be unloaded: cookiegate deletes its traces and reloads.
    await reloaded;
    await settle(page, 1000);
    expect(await visitor.trackerCookies()).toEqual([]);
    expect(await trackerStorage(page)).toEqual([]);
    expect(await ranOn(page)).toEqual([]);

    // Nothing contacts a vendor afterwards: not on this page, not on the next, not later.
    await page.goto('/');
    await page.mouse.wheel(0, 3000);
    await page.waitForTimeout(4000);
    const after = visitor.requests.slice(before).filter((u) => !u.startsWith(visitor.origin + '/'));
    expect(after).toEqual([]);
    expect(await visitor.trackerCookies()).toEqual([]);
    expect(await ranOn(page)).toEqual([]);
    for (const id of TRACKERS) expect((await consentOf(page)).decisions[id], id).toBe(false);
    // Google Consent Mode: the last consent state has all four types denied.
    const { commands } = await consentCommands(page);
    for (const t of GOOGLE_TYPES) expect(commands.at(-1)![1][t], t).toBe('denied');
  });

  test('raising the config revision asks again; nothing runs until the visitor decides again', async ({
    page,
    visitor,
    shopServer,
  }) => {
    await page.goto('/');
    await decide(page, 'accept');
    await expect.poll(() => ranOn(page)).toEqual(['google-ads', 'google-analytics', 'meta-pixel', 'smartlook']);
    const first = await consentOf(page);
    expect(first.revision).toBe(1);

    const before = visitor.requests.length;
    // The shop owner raises the revision in the config file (no query string can).
    const restore = setRevision(shopServer, 2);
    try {
      await page.goto('/produkter/norrsken-9');
      await settle(page);
      expect(await consentOf(page)).toBeNull();
      await expect(banner(page)).toBeVisible();
      expect(await ranOn(page)).toEqual([]);
      expect(visitor.requests.slice(before).filter((u) => !u.startsWith(visitor.origin + '/'))).toEqual([]);

      await decide(page, { smartlook: true });
      await expect.poll(() => ranOn(page)).toEqual(['smartlook']);
      const second = await consentOf(page);
      expect(second.revision).toBe(2);
      expect(second.decisions['google-analytics']).toBe(false);
    } finally {
      restore();
    }
  });
});

for (const viewport of [
  { width: 360, height: 640 },
  { width: 1366, height: 768 },
]) {
  test.describe(`layout ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });
    test('the live panel covers neither the banner nor the floating button', async ({ page }) => {
      const topmostAt = (box: { x: number; y: number; width: number; height: number }) =>
        page.evaluate(
          ([x, y]) => (document.elementFromPoint(x!, y!)?.closest('#demo-panel') ? 'panel' : 'other'),
          [box.x + box.width / 2, box.y + box.height / 2],
        );
      await page.goto('/');
      await page.locator('#demo-panel').scrollIntoViewIfNeeded();
      for (const name of ['Acceptera alla', 'Avvisa alla', 'Anpassa']) {
        const box = (await page.getByRole('button', { name, exact: true }).first().boundingBox())!;
        expect(await topmostAt(box), name).toBe('other');
      }
      await decide(page, 'reject');
      await page.locator('#demo-panel').scrollIntoViewIfNeeded();
      const floating = page.locator('cookiegate-ui').getByRole('button', { name: 'Cookieinställningar', exact: true });
      await expect(floating).toBeVisible();
      expect(await topmostAt((await floating.boundingBox())!)).toBe('other');
    });
  });
}
