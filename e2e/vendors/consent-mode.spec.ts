/**
 * Google Consent Mode v2 with the verbatim GA4 and Google Ads snippets: the default is in
 * dataLayer before any Google command, an update follows every decision and withdrawal,
 * and a stored choice is re-emitted as the default on later pages.
 */
import type { Page } from '@playwright/test';
import { expect, ORIGIN, shopPage, settled, test } from '../harness';
import { shopConfig } from './config';
import { snippet, standIns } from './stand-ins';

/** dataLayer as [command, type-or-id, params] rows (gtag pushes Arguments objects). */
const dataLayer = (page: Page) =>
  page.evaluate(() =>
    (window as any).dataLayer.map((e: any) => (e && typeof e.length == 'number' ? Array.from(e) : e)),
  );
const cmd = (rows: unknown[][]) => rows.map((r) => (Array.isArray(r) ? r.slice(0, 2).map(String).join(' ') : 'event'));

const denied = {
  ad_storage: 'denied',
  ad_user_data: 'denied',
  ad_personalization: 'denied',
  analytics_storage: 'denied',
  functionality_storage: 'denied',
  personalization_storage: 'denied',
  security_storage: 'granted',
  wait_for_update: 500,
};

test.describe('Google Consent Mode v2', () => {
  test('default (all denied, wait_for_update) comes first, the update after the decision; gtag.js loads only then and sees that order', async ({
    page,
    site,
  }) => {
    standIns(site);
    site.serve('/', shopPage(shopConfig, snippet('google-analytics') + snippet('google-ads')));
    await page.goto(ORIGIN + '/');
    await settled(page);
    const before = await dataLayer(page);
    expect(before[0]).toEqual(['consent', 'default', denied]);
    expect(cmd(before)).toEqual([
      'consent default',
      'js ' + String(before[1]![1]),
      'config G-TEST1234',
      'js ' + String(before[3]![1]),
      'config AW-123456789',
    ]);

    await page.evaluate(() => (window as any).cookiegate.save({ analytics: true }));
    const after = await dataLayer(page);
    expect(after.at(-1)).toEqual(
      ['consent', 'update', { ...denied, analytics_storage: 'granted', wait_for_update: undefined }].map((x) =>
        typeof x == 'object' ? JSON.parse(JSON.stringify(x)) : x,
      ),
    );
    // Basic mode: gtag.js for GA4 ran only after the decision, with default, config and update already queued.
    await expect.poll(() => page.evaluate(() => (window as any).ran ?? [])).toEqual(['ga4']);
    const seen = cmd(await page.evaluate(() => (window as any).seenDataLayer[0]));
    expect(seen.indexOf('consent default')).toBe(0);
    expect(seen.indexOf('config G-TEST1234')).toBeLessThan(seen.indexOf('consent update'));
    // Google Ads stays blocked: marketing was refused.
    expect(site.requests.filter((u) => /doubleclick|id=AW-/.test(u) && !/gtag\/js\?id=AW-/.test(u))).toEqual([]);
  });

  test('a stored choice is the default on the next page; a withdrawal sends an update with denied', async ({
    page,
    site,
  }) => {
    standIns(site);
    site.serve('/', shopPage({ ...shopConfig, reloadOnWithdraw: false }, snippet('google-analytics')));
    await page.goto(ORIGIN + '/');
    await page.evaluate(() => (window as any).cookiegate.acceptAll());
    await page.reload();
    const rows = await dataLayer(page);
    expect(rows[0]).toEqual([
      'consent',
      'default',
      {
        ad_storage: 'granted',
        ad_user_data: 'granted',
        ad_personalization: 'granted',
        analytics_storage: 'granted',
        functionality_storage: 'granted',
        personalization_storage: 'denied',
        security_storage: 'granted',
        wait_for_update: 500,
      },
    ]);
    await page.evaluate(() => (window as any).cookiegate.rejectAll());
    const last = (await dataLayer(page)).at(-1);
    expect(last).toEqual([
      'consent',
      'update',
      expect.objectContaining({
        analytics_storage: 'denied',
        ad_storage: 'denied',
        ad_user_data: 'denied',
        ad_personalization: 'denied',
      }),
    ]);
  });

  test('advanced mode is an explicit opt-in: gtag.js loads before consent, after the denied default and ads_data_redaction', async ({
    page,
    site,
  }) => {
    standIns(site);
    const config = {
      ...shopConfig,
      services: { ...shopConfig.services, ga4: { preset: 'google-analytics', advanced: true } },
    };
    site.serve('/', shopPage(config, snippet('google-analytics')));
    await page.goto(ORIGIN + '/');
    await expect.poll(() => page.evaluate(() => (window as any).ran ?? [])).toEqual(['ga4']);
    const seen = cmd(await page.evaluate(() => (window as any).seenDataLayer[0]));
    expect(seen.slice(0, 2)).toEqual(['consent default', 'set ads_data_redaction']);
  });
});
