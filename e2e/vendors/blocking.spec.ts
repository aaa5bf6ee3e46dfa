/** Automatic blocking beyond the vendor journeys: order, requests, unknown hosts, the chat facade, failing closed. */
import type { Page } from '@playwright/test';
import { consoleOf, expect, ORIGIN, shopPage, settled, test, type Site } from '../harness';
import { shopConfig } from './config';
import { snippet, standIns } from './stand-ins';

const config = {
  revision: 1,
  categories: { necessary: { required: true }, analytics: {} },
  services: { stats: { category: 'analytics', hosts: ['stats.example'] } },
};
const ran = (page: Page): Promise<string[]> => page.evaluate(() => (window as any).ran ?? []);
/** A script host whose scripts record their name (from ?n=) in window.ran, slowly when asked. */
function statsHost(site: Site) {
  site.host('stats.example', async (route, url) => {
    if (url.searchParams.has('slow')) await new Promise((r) => setTimeout(r, 300));
    await route.fulfill({
      contentType: 'text/javascript',
      body: `(window.ran = window.ran || []).push(${JSON.stringify(url.searchParams.get('n'))});`,
    });
  });
}

test.describe('automatic blocking', () => {
  test('scripts inserted by code are never requested before consent, then run once each, in their order', async ({
    page,
    site,
  }) => {
    statsHost(site);
    site.serve(
      '/',
      shopPage(
        config,
        `<script>
          for (const [n, how] of [['a', 'append'], ['b', 'insertBefore'], ['c', 'prepend'], ['d', 'insertAdjacentElement'], ['e', 'setAttribute']]) {
            const s = document.createElement('script');
            s.async = false;
            if (how == 'setAttribute') s.setAttribute('src', 'https://stats.example/t.js?n=' + n);
            else s.src = 'https://stats.example/t.js?n=' + n + (n == 'a' ? '&slow' : '');
            if (how == 'append' || how == 'setAttribute') document.head.append(s);
            else if (how == 'insertBefore') document.head.insertBefore(s, null);
            else if (how == 'prepend') document.head.prepend(s);
            else document.head.lastElementChild.insertAdjacentElement('afterend', s);
          }
          new Image().src = 'https://stats.example/p.gif?n=pixel';
          navigator.sendBeacon('https://stats.example/b?n=beacon');
          fetch('https://stats.example/f?n=fetch').catch(() => {});
        </script>`,
      ),
    );
    await page.goto(ORIGIN + '/');
    await settled(page);
    expect(site.requestsTo('stats.example')).toEqual([]);
    await page.evaluate(() => (window as any).cookiegate.acceptAll());
    // The held pixel goes out on release; the beacon and fetch were dropped, not held.
    await expect.poll(() => ran(page)).toEqual(['a', 'b', 'c', 'd', 'e']);
    await page.waitForTimeout(300);
    expect(await ran(page)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(
      site
        .requestsTo('stats.example')
        .map((u) => new URL(u).searchParams.get('n'))
        .sort(),
    ).toEqual(['a', 'b', 'c', 'd', 'e', 'pixel']);
  });

  test('a returning visitor who accepted everything gets no patches; the first refusal on the page installs them before anything runs', async ({
    page,
    site,
  }) => {
    statsHost(site);
    site.serve('/', shopPage({ ...config, reloadOnWithdraw: false }));
    const native = () =>
      page.evaluate(() =>
        [Element.prototype.setAttribute, window.fetch, XMLHttpRequest.prototype.open].every((f) =>
          /\[native code\]/.test(String(f)),
        ),
      );
    await page.goto(ORIGIN + '/');
    await settled(page);
    expect(await native()).toBe(false);
    await page.evaluate(() => (window as any).cookiegate.acceptAll());
    await page.reload();
    await settled(page);
    expect(await native()).toBe(true);
    await page.evaluate(() => (window as any).cookiegate.rejectAll());
    expect(await native()).toBe(false);
    const fetched = await page.evaluate(() => {
      const s = document.createElement('script');
      s.src = 'https://stats.example/t.js?n=late';
      document.head.append(s);
      return fetch('https://stats.example/f?n=fetch').then(
        () => 'sent',
        () => 'dropped',
      );
    });
    expect(fetched).toBe('dropped');
    await page.waitForTimeout(300);
    expect(site.requestsTo('stats.example')).toEqual([]);
    expect(await ran(page)).toEqual([]);
  });

  test('a <script src> in the HTML may be preloaded but never runs before consent; it runs once after', async ({
    page,
    site,
  }) => {
    statsHost(site);
    site.serve(
      '/',
      shopPage(
        config,
        '<script src="https://stats.example/t.js?n=html"></script><script>window.after = (window.ran || []).length</script>',
      ),
    );
    await page.goto(ORIGIN + '/');
    await settled(page);
    expect(site.requestsTo('stats.example').length).toBeLessThanOrEqual(1);
    expect(await ran(page)).toEqual([]);
    await page.evaluate(() => (window as any).cookiegate.acceptAll());
    await expect.poll(() => ran(page)).toEqual(['html']);
  });

  test('Meta’s <noscript> pixel stays inert in a browser with JavaScript', async ({ page, site }) => {
    standIns(site);
    site.serve('/', shopPage(shopConfig, snippet('meta-pixel')));
    await page.goto(ORIGIN + '/');
    await settled(page);
    expect(site.requestsTo('facebook.com')).toEqual([]);
    expect(await page.evaluate(() => document.querySelectorAll('img').length)).toBe(0);
  });

  test('unknownHosts "report" (default): one warning listing third-party hosts no service covers; "block" blocks them', async ({
    page,
    site,
  }) => {
    statsHost(site);
    site.host('cdn.unknown.example', (route) =>
      route.fulfill({ contentType: 'text/javascript', body: 'window.unknownRan = true' }),
    );
    site.host('fonts.other.example', (route) => route.fulfill({ contentType: 'text/css', body: '' }));
    const head = `<link rel="stylesheet" href="https://fonts.other.example/a.css"><script>const s = document.createElement('script'); s.src = 'https://cdn.unknown.example/x.js'; document.head.append(s);</script>`;
    site.serve('/', shopPage(config, head));
    site.serve('/b', shopPage({ ...config, unknownHosts: 'block' }, head));
    const logs = consoleOf(page);
    await page.goto(ORIGIN + '/');
    await expect
      .poll(() => logs.filter((l) => /no service covers/.test(l.text)).map((l) => l.type + ' ' + l.text))
      .toEqual([
        'warning [cookiegate] config: services: third-party hosts that no service covers: cdn.unknown.example, fonts.other.example; add them to a service\'s "hosts", or set "unknownHosts" to "allow" or "block"',
      ]);
    expect(await page.evaluate(() => (window as any).unknownRan)).toBe(true);

    await page.goto(ORIGIN + '/b');
    await settled(page);
    expect(site.requestsTo('cdn.unknown.example')).toHaveLength(1);
    expect(await page.evaluate(() => (window as any).unknownRan)).toBeUndefined();
  });

  test('an invalid config fails closed: no third-party host is contacted', async ({ page, site }) => {
    standIns(site);
    const bad = { ...shopConfig, services: { ...shopConfig.services, ga4: { preset: 'google-analytic' } } };
    site.serve('/', shopPage(bad, snippet('meta-pixel') + snippet('smartlook')));
    await page.goto(ORIGIN + '/');
    await settled(page);
    expect(site.requestsTo('facebook.net')).toEqual([]);
    expect(site.requestsTo('smartlook.com')).toEqual([]);
  });
});

test.describe('Zendesk click-to-load facade', () => {
  const facadeConfig = {
    ...shopConfig,
    services: { ...shopConfig.services, zendesk: { preset: 'zendesk-chat', facade: true, category: 'necessary' } },
  };

  test('a real button (in the page language) instead of the widget; a click loads it and opens the chat; later pages load it directly', async ({
    page,
    site,
  }) => {
    standIns(site);
    site.serve('/', shopPage(facadeConfig, snippet('zendesk-chat')));
    await page.goto(ORIGIN + '/');
    await settled(page);
    const button = page.getByRole('button', { name: 'Chatta med oss' });
    await expect(button).toBeVisible();
    expect(site.requestsTo('zopim.com')).toEqual([]);
    expect((await site.context.cookies()).map((c) => c.name)).not.toContain('__zlcmid');

    await button.click();
    await expect.poll(() => page.evaluate(() => (window as any).ran ?? [])).toEqual(['zendesk']);
    await expect(button).toHaveCount(0);
    await expect.poll(() => page.evaluate(() => (window as any).zeCalls ?? [])).toContain('messenger:open');
    expect((await site.context.cookies()).map((c) => c.name)).toContain('__zlcmid');

    await page.reload();
    await expect.poll(() => page.evaluate(() => (window as any).ran ?? [])).toEqual(['zendesk']);
    await expect(page.getByRole('button', { name: 'Chatta med oss' })).toHaveCount(0);
  });
});
