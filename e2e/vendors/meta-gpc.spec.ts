/** Meta's consent API following decisions, and Global Privacy Control. */
import type { Page } from '@playwright/test';
import { expect, ORIGIN, shopPage, settled, test } from '../harness';
import { shopConfig } from './config';
import { snippet, standIns } from './stand-ins';

const calls = (page: Page): Promise<string[]> => page.evaluate(() => (window as any).fbqCalls ?? []);
const pixels = (site: { requests: string[] }) => site.requests.filter((u) => /facebook\.com\/tr/.test(u));

test.describe('Meta pixel consent', () => {
  test('strict (default): not loaded before consent; fbq consent grant and revoke follow the decisions once loaded', async ({
    page,
    site,
  }) => {
    standIns(site);
    site.serve('/', shopPage({ ...shopConfig, reloadOnWithdraw: false }, snippet('meta-pixel')));
    await page.goto(ORIGIN + '/');
    await settled(page);
    expect(site.requestsTo('facebook.net')).toEqual([]);
    await page.evaluate(() => (window as any).cookiegate.acceptAll());
    await expect.poll(() => calls(page)).toEqual(['init:1234567890', 'track:PageView', 'consent:grant']);
    await expect.poll(() => pixels(site)).toHaveLength(1);

    await page.evaluate(() => (window as any).cookiegate.save({ analytics: true }));
    await page.evaluate(() => (window as any).fbq('track', 'AddToCart'));
    expect((await calls(page)).slice(3)).toEqual(['consent:revoke', 'track:AddToCart']);
    await page.waitForTimeout(300);
    // The pixel itself is now blocked too: nothing more reaches facebook.com.
    expect(pixels(site)).toHaveLength(1);
  });

  test('advanced (opt-in): the pixel loads before consent with consent revoke first in its queue, and sends nothing until granted', async ({
    page,
    site,
  }) => {
    standIns(site);
    const config = {
      ...shopConfig,
      services: { ...shopConfig.services, meta: { preset: 'meta-pixel', advanced: true } },
    };
    site.serve('/', shopPage(config, snippet('meta-pixel')));
    await page.goto(ORIGIN + '/');
    await expect.poll(() => calls(page)).toEqual(['consent:revoke', 'init:1234567890', 'track:PageView']);
    await page.waitForTimeout(300);
    expect(pixels(site)).toEqual([]);
    expect((await site.context.cookies()).map((c) => c.name)).not.toContain('_fbp');
    await page.evaluate(() => (window as any).cookiegate.acceptAll());
    await page.evaluate(() => (window as any).fbq('track', 'Purchase'));
    expect((await calls(page)).slice(3)).toEqual(['consent:grant', 'track:Purchase']);
    await expect.poll(() => pixels(site)).toHaveLength(1);
  });
});

test.describe('Global Privacy Control', () => {
  test.beforeEach(async ({ page }) => {
    // Chromium has no GPC setting: present the signal as Firefox and Brave do.
    await page.addInitScript(() =>
      Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true }),
    );
  });

  test('the banner still shows; "accept all" grants all but advertising and records GPC; an explicit choice can grant advertising', async ({
    page,
    site,
  }) => {
    standIns(site);
    site.serve('/', shopPage(shopConfig, snippet('google-analytics') + snippet('meta-pixel')));
    await page.goto(ORIGIN + '/');
    await expect(page.locator('cookiegate-ui .ban')).toBeVisible();
    await page.evaluate(() => (window as any).cookiegate.acceptAll());
    const c = await page.evaluate(() => (window as any).cookiegate.getConsent());
    expect(c.gpc).toBe(true);
    expect(c.decisions).toMatchObject({
      analytics: true,
      ga4: true,
      marketing: false,
      ads: false,
      meta: false,
      youtube: false,
    });
    await expect.poll(() => page.evaluate(() => (window as any).ran ?? [])).toEqual(['ga4']);
    expect(site.requestsTo('facebook.net')).toEqual([]);
    const rows = await page.evaluate(() => Array.from((window as any).dataLayer.at(-1)));
    expect(rows[2]).toMatchObject({
      analytics_storage: 'granted',
      ad_storage: 'denied',
      ad_user_data: 'denied',
      ad_personalization: 'denied',
    });

    // The flag survives a reload (cookie format 2), and an explicit choice wins.
    await page.reload();
    expect(await page.evaluate(() => (window as any).cookiegate.getConsent().gpc)).toBe(true);
    await page.evaluate(() => (window as any).cookiegate.save({ functional: true, analytics: true, marketing: true }));
    expect(await page.evaluate(() => (window as any).cookiegate.accepted('meta'))).toBe(true);
    await expect.poll(() => page.evaluate(() => (window as any).ran ?? [])).toContain('meta');
  });
});
