/**
 * The vendors' snippets pasted unmodified (the demo server started with SHOP_SNIPPETS=verbatim):
 * cookiegate's automatic blocking keeps them from running and from contacting their hosts.
 * One physical limit: the browser's preload scanner may download a `<script src>` written
 * in the page's HTML before any script runs (here the two gtag.js tags); those downloads
 * are counted separately and must not execute. Loaders that insert their script by code
 * (Meta pixel, Smartlook) must not be requested at all.
 */
import { consentOf, decide, expect, ranOn, settled, test, TRACKERS, trackerStorage } from './fixtures';

test.use({ shopEnv: { SHOP_SNIPPETS: 'verbatim' } });

const PRELOADABLE = /^https:\/\/www\.googletagmanager\.com\/gtag\/js\?id=(G-7S0LGL4NT3|AW-987654321)$/;

test.describe('unmodified vendor snippets (automatic blocking)', () => {
  test('first visit and reject all: nothing runs, no tracker cookie; only preload-scanner downloads of HTML script tags reach a vendor host', async ({
    page,
    visitor,
  }) => {
    await page.goto('/');
    await page.mouse.wheel(0, 3000);
    await page.waitForTimeout(2500);
    const preloads = visitor.vendorRequests().filter((u) => PRELOADABLE.test(u));
    expect(
      visitor.vendorRequests().filter((u) => !PRELOADABLE.test(u)),
      'vendor requests other than preloads',
    ).toEqual([]);
    expect(preloads.length, 'preload-scanner downloads').toBeLessThanOrEqual(2);
    expect(await ranOn(page)).toEqual([]);
    expect(await visitor.trackerCookies()).toEqual([]);

    await decide(page, 'reject');
    await page.goto('/produkter/norrsken-9');
    await page.waitForTimeout(2000);
    expect(
      visitor.vendorRequests().filter((u) => !PRELOADABLE.test(u)),
      'vendor requests other than preloads',
    ).toEqual([]);
    expect(await ranOn(page)).toEqual([]);
    expect(await visitor.trackerCookies()).toEqual([]);
    expect(await trackerStorage(page)).toEqual([]);
  });

  test('accept all releases the held snippets in order: every vendor runs once', async ({ page, visitor }) => {
    await page.goto('/');
    await page.waitForTimeout(1000);
    expect(await ranOn(page)).toEqual([]);
    await decide(page, 'accept');
    await expect.poll(() => ranOn(page)).toEqual([...TRACKERS].sort());
    await expect
      .poll(() => visitor.trackerCookies().then((c) => c.sort()))
      .toEqual(['SL_C_23361dd035530_SID', '_fbp', '_ga', '_ga_7S0LGL4NT3', '_gcl_au']);
    // Each loader ran once: one init per pixel, one config per Google id.
    const ran = await page.evaluate(() => (window as any).shopDemo.ran.map((r: { detail: string }) => r.detail));
    expect(ran.filter((d: string) => d === 'config G-7S0LGL4NT3')).toHaveLength(1);
    expect(ran.filter((d: string) => d.startsWith('init 1234567890123456'))).toHaveLength(1);
    expect((await consentOf(page)).decisions['meta-pixel']).toBe(true);
  });
});

test('with verbatim snippets the shop config is still clean: no config problem, no unknown host, no warning', async ({
  page,
}) => {
  const messages: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'warning' || m.type() === 'error') messages.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => messages.push(`pageerror: ${e.message}`));
  await page.goto('/');
  await settled(page);
  await decide(page, 'accept');
  await expect.poll(() => ranOn(page).then((r) => r.length)).toBe(4);
  await page.waitForTimeout(500);
  expect(messages.filter((m) => !/Service Worker registration blocked/.test(m))).toEqual([]);
});
