import { consoleOf, expect, ORIGIN, shopPage, settled, test, type Site } from '../harness';

const config = {
  revision: 1,
  categories: { necessary: { required: true }, analytics: {}, marketing: {} },
  services: {
    magento: { category: 'necessary', cookies: ['PHPSESSID', 'form_key'] },
    stats: {
      category: 'analytics',
      cookies: ['_st', '_st_*', { name: '_stp', path: '/shop' }],
      storage: ['st_*'],
      hosts: ['stats.example'],
    },
    ads: { category: 'marketing', cookies: ['_ad'], hosts: ['ads.example'] },
  },
};

/** A stand-in tracker: records that it ran and sets its cookies on the parent domain, like GA does. */
function trackers(site: Site, delayMs = 0) {
  site.host('stats.example', async (route) => {
    if (delayMs) await new Promise((r) => setTimeout(r, delayMs));
    await route.fulfill({
      contentType: 'text/javascript',
      body: `(window.ran = window.ran || []).push('stats-external');
        document.cookie = '_st=1; domain=.shop.test; path=/; max-age=999999';
        document.cookie = '_st_ABC=2; path=/; max-age=999999';
        document.cookie = '_stp=3; path=/shop; max-age=999999';
        localStorage.setItem('st_id', 'x');`,
    });
  });
  site.host('ads.example', (route) =>
    route.fulfill({
      contentType: 'text/javascript',
      body: `(window.ran = window.ran || []).push('ads'); document.cookie = '_ad=1; path=/';`,
    }),
  );
}

const gatedHead = `
<script type="text/plain" data-consent="stats" src="https://stats.example/t.js"></script>
<script type="text/plain" data-consent="stats">(window.ran = window.ran || []).push('stats-inline:' + (window.ran.includes('stats-external')));</script>
<script type="text/plain" data-consent="marketing" src="https://ads.example/a.js"></script>
<script type="text/plain" data-consent="necessary">(window.ran = window.ran || []).push('necessary');</script>`;

const ran = (page: import('@playwright/test').Page) => page.evaluate(() => (window as any).ran ?? []);

test.describe('markup gating in Chromium', () => {
  test('a gated external tag is not requested before consent; it runs after acceptAll()', async ({ page, site }) => {
    trackers(site);
    site.serve('/', shopPage(config, gatedHead));
    await page.goto(ORIGIN + '/');
    await settled(page);
    expect(site.requestsTo('stats.example')).toEqual([]);
    expect(site.requestsTo('ads.example')).toEqual([]);
    expect(await ran(page)).toEqual(['necessary']);
    expect(await page.evaluate(() => (window as any).cookiegate.getConsent())).toBeNull();

    await page.evaluate(() => (window as any).cookiegate.acceptAll());
    await expect.poll(() => ran(page)).toEqual(['necessary', 'stats-external', 'stats-inline:true', 'ads']);
    expect(site.requestsTo('stats.example')).toHaveLength(1);
  });

  test('gated tags run in document order: an external script finishes before the next gated script runs', async ({
    page,
    site,
  }) => {
    trackers(site, 400);
    site.serve('/', shopPage(config, gatedHead));
    await page.goto(ORIGIN + '/');
    await page.evaluate(() => (window as any).cookiegate.save({ analytics: true }));
    // The inline script saw the slow external one already run.
    await expect.poll(() => ran(page)).toEqual(['necessary', 'stats-external', 'stats-inline:true']);
    expect(site.requestsTo('ads.example')).toEqual([]);
  });

  test('a returning visitor runs the granted tags on load, in order, and an inline gated script runs', async ({
    page,
    site,
  }) => {
    trackers(site, 200);
    site.serve(
      '/',
      shopPage(
        config,
        gatedHead,
        `<script type="text/plain" data-consent="analytics" defer src="https://stats.example/late.js"></script>`,
      ),
    );
    await page.goto(ORIGIN + '/');
    await page.evaluate(() => (window as any).cookiegate.save({ stats: true }));
    await page.reload();
    await expect.poll(() => ran(page)).toEqual(['stats-external', 'stats-inline:true', 'necessary', 'stats-external']);
    expect(site.requestsTo('ads.example')).toEqual([]);
  });

  test('a refused category stays blocked after a reload, and the refusal is remembered', async ({ page, site }) => {
    trackers(site);
    site.serve('/', shopPage(config, gatedHead));
    await page.goto(ORIGIN + '/');
    await page.evaluate(() => (window as any).cookiegate.rejectAll());
    await page.reload();
    await settled(page);
    expect(await ran(page)).toEqual(['necessary']);
    expect(site.requestsTo('stats.example')).toEqual([]);
    const consent = await page.evaluate(() => (window as any).cookiegate.getConsent());
    expect(consent.decisions).toMatchObject({
      necessary: true,
      analytics: false,
      stats: false,
      marketing: false,
      ads: false,
    });
    // A refusal is remembered for refusalDays (365 by default).
    expect(consent.expiresAt - consent.decidedAt).toBe(365 * 864e5);
  });

  test('withdrawal deletes the declared cookies and storage (on parent domains and paths) and reloads', async ({
    page,
    site,
  }) => {
    trackers(site);
    site.serve('/', shopPage(config, gatedHead));
    await page.goto(ORIGIN + '/');
    await page.evaluate(() => (window as any).cookiegate.acceptAll());
    await expect
      .poll(async () => (await site.context.cookies()).map((c) => c.name).sort())
      .toEqual(['_ad', '_st', '_st_ABC', '_stp', 'cookiegate']);
    expect(await page.evaluate(() => localStorage.getItem('st_id'))).toBe('x');

    await Promise.all([
      page.waitForEvent('load'),
      page.evaluate(() => (window as any).cookiegate.save({ marketing: true })),
    ]);
    const names = (await site.context.cookies()).map((c) => c.name).sort();
    expect(names).toEqual(['_ad', 'cookiegate']);
    expect(await page.evaluate(() => localStorage.getItem('st_id'))).toBeNull();
    // After the reload nothing contacts the withdrawn host again.
    const before = site.requestsTo('stats.example').length;
    await settled(page);
    expect(site.requestsTo('stats.example')).toHaveLength(before);
    expect(await ran(page)).toEqual(['ads', 'necessary']);
  });

  test('iframes and images with data-src load once granted; module scripts run as modules', async ({ page, site }) => {
    site.host('video.example', (route) => route.fulfill({ body: '<p>video</p>', contentType: 'text/html' }));
    site.host('stats.example', (route) =>
      route.fulfill({ body: Buffer.from('R0lGODlhAQABAAAAACw=', 'base64'), contentType: 'image/gif' }),
    );
    site.serve(
      '/',
      shopPage(
        config,
        '',
        `<iframe data-consent="marketing" data-src="https://video.example/embed" title="video"></iframe>
         <img data-consent="stats" data-src="https://stats.example/p.gif" alt="">
         <script type="text/plain" data-consent="stats" data-consent-type="module">window.isModule = import.meta.url.length > 0;</script>`,
      ),
    );
    await page.goto(ORIGIN + '/');
    await settled(page);
    expect(site.requestsTo('video.example')).toEqual([]);
    expect(site.requestsTo('stats.example')).toEqual([]);
    await page.evaluate(() => (window as any).cookiegate.acceptAll());
    await expect.poll(() => site.requestsTo('video.example').length).toBe(1);
    await expect.poll(() => site.requestsTo('stats.example').length).toBe(1);
    await expect.poll(() => page.evaluate(() => (window as any).isModule)).toBe(true);
  });

  test('a gated script is released in place: the same element runs once, with its nonce under a strict CSP', async ({
    page,
    site,
  }) => {
    trackers(site);
    site.serve(
      '/',
      shopPage(
        config,
        `<script type="text/plain" data-consent="stats" nonce="n1" id="with">(window.ran = window.ran || []).push('nonce');</script>
         <script type="text/plain" data-consent="stats" id="without">(window.ran = window.ran || []).push('no nonce');</script>
         <script type="text/plain" data-consent="stats" nonce="n1" id="ext" src="https://stats.example/t.js"></script>`,
      ),
      'text/html; charset=utf-8',
      { 'content-security-policy': "script-src 'self' 'nonce-n1' https://stats.example" },
    );
    await page.goto(ORIGIN + '/');
    await settled(page);
    await page.evaluate(() => ((window as any).kept = ['with', 'ext'].map((id) => document.getElementById(id))));
    await page.evaluate(() => (window as any).cookiegate.save({ analytics: true }));
    await expect.poll(() => ran(page)).toEqual(['nonce', 'stats-external']);
    // The page's references still point at the elements that ran (no copies were made).
    expect(
      await page.evaluate(() =>
        (window as any).kept.map((el: HTMLScriptElement) => [el === document.getElementById(el.id), el.type]),
      ),
    ).toEqual([
      [true, ''],
      [true, ''],
    ]);
    await page.reload();
    await expect.poll(() => ran(page)).toEqual(['nonce', 'stats-external']);
    expect(site.requestsTo('stats.example')).toHaveLength(2);
  });

  test('gated elements inserted later by the site are handled the same way', async ({ page, site }) => {
    trackers(site);
    site.serve('/', shopPage(config));
    await page.goto(ORIGIN + '/');
    await page.evaluate(() => {
      const s = document.createElement('script');
      s.type = 'text/plain';
      s.dataset.consent = 'stats';
      s.src = 'https://stats.example/t.js';
      document.body.append(s);
    });
    await page.waitForTimeout(300);
    expect(site.requestsTo('stats.example')).toEqual([]);
    await page.evaluate(() => (window as any).cookiegate.save({ analytics: true }));
    await expect.poll(() => ran(page)).toEqual(['stats-external']);
  });

  test('the onChange listener and the cookiegate:change event report each decision', async ({ page, site }) => {
    site.serve('/', shopPage(config));
    await page.goto(ORIGIN + '/');
    const seen = await page.evaluate(async () => {
      const out: string[] = [];
      const cg = (window as any).cookiegate;
      const off = cg.onChange((c: any, prev: any) =>
        out.push('listener:' + c.decisions.analytics + ':' + (prev ? 'prev' : 'none')),
      );
      document.addEventListener('cookiegate:change', (e: any) =>
        out.push('event:' + e.detail.consent.decisions.analytics),
      );
      await cg.save({ analytics: true });
      off();
      // Granting more withdraws nothing, so the page does not reload under the test.
      await cg.save({ analytics: true, marketing: true });
      return out;
    });
    expect(seen).toEqual(['listener:true:none', 'event:true', 'event:true']);
  });

  test('an invalid config is reported with its path and fails closed', async ({ page, site }) => {
    trackers(site);
    const bad = {
      ...config,
      services: { ...config.services, stats: { ...config.services.stats, category: 'analytic' } },
    };
    site.serve('/', shopPage(bad, gatedHead));
    const logs = consoleOf(page);
    await page.goto(ORIGIN + '/');
    await expect
      .poll(() => logs.map((l) => l.text))
      .toContain(
        '[cookiegate] config: services.stats.category: "analytic" is not a category; expected one of necessary, analytics, marketing',
      );
    const error = await page.evaluate(() =>
      (window as any).cookiegate.acceptAll().then(
        () => 'stored',
        (e: Error) => e.message,
      ),
    );
    expect(error).toMatch(/invalid config/);
    await settled(page);
    expect(site.requestsTo('stats.example')).toEqual([]);
    expect(site.requestsTo('ads.example')).toEqual([]);
    // Nothing that is not required runs, not even a required-looking tag: the config cannot be trusted.
    expect(await ran(page)).toEqual([]);
  });

  test('unreadable JSON is reported', async ({ page, site }) => {
    site.serve(
      '/',
      shopPage(config).replace(
        /<script type="application\/json" id="cookiegate-config">.*?<\/script>/s,
        '<script type="application/json" id="cookiegate-config">{ revision: 1 }</script>',
      ),
    );
    const logs = consoleOf(page);
    await page.goto(ORIGIN + '/');
    await expect
      .poll(() => logs.map((l) => l.text).join('\n'))
      .toMatch(/\[cookiegate\] config: #cookiegate-config: invalid JSON: /);
  });

  test('no consent through scrolling, navigation or waiting', async ({ page, site }) => {
    trackers(site);
    site.serve('/', shopPage(config, gatedHead, '<div style="height:4000px"></div><a href="/b">next</a>'));
    site.serve('/b', shopPage(config, gatedHead, '<a href="/">back</a>'));
    await page.goto(ORIGIN + '/');
    await page.mouse.wheel(0, 4000);
    await page.click('a[href="/b"]');
    await page.click('a[href="/"]');
    await page.waitForTimeout(1000);
    expect(await page.evaluate(() => (window as any).cookiegate.getConsent())).toBeNull();
    expect(site.requestsTo('stats.example')).toEqual([]);
    expect((await site.context.cookies()).map((c) => c.name)).toEqual([]);
  });
});
