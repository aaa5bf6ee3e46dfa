/**
 * cookiegate.js must be the first script: scripts that ran before it, and configured
 * services' files the browser fetched before it ran, are named in one console warning.
 */
import { consoleOf, expect, ORIGIN, settled, shopPage, test, type Site } from '../harness';

const config = {
  revision: 1,
  categories: { necessary: { required: true }, analytics: {} },
  services: { stats: { category: 'analytics', hosts: ['stats.example'] } },
};

function stats(site: Site) {
  site.host('stats.example', (route, url) =>
    route.fulfill({
      contentType: 'text/javascript',
      // writer.js writes gone.js, which removes its own element: only the browser's resource
      // timing still knows it loaded.
      body:
        `(window.ran = window.ran || []).push(${JSON.stringify(url.pathname)});` +
        (url.pathname == '/writer.js'
          ? `document.write('<script src="https://stats.example/gone.js"><\\/script>');`
          : '') +
        (url.pathname == '/gone.js' ? 'document.currentScript.remove();' : ''),
    }),
  );
}

const warnings = (logs: { type: string; text: string }[]) =>
  logs.filter((l) => l.type == 'warning' && /first script/.test(l.text)).map((l) => l.text);

test('scripts before cookiegate.js are named in a warning', async ({ page, site }) => {
  stats(site);
  site.serve(
    '/',
    `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Shop</title>
<script src="https://stats.example/t.js"></script>
<script>window.early = 1;</script>
<script src="https://stats.example/writer.js"></script>
<script type="application/json" id="cookiegate-config">${JSON.stringify(config)}</script>
<script src="/cookiegate.js"></script>
</head><body><main><h1>Butiken</h1></main></body></html>`,
  );
  const logs = consoleOf(page);
  await page.goto(ORIGIN + '/');
  await expect
    .poll(() => warnings(logs))
    .toEqual([
      '[cookiegate] cookiegate.js is not the first script; these ran or loaded before it, unchecked: https://stats.example/t.js, ' +
        'inline: window.early = 1;, https://stats.example/writer.js, https://stats.example/gone.js. Put cookiegate.js first in <head>, right after its config.',
    ]);
});

test('no warning when cookiegate.js is first', async ({ page, site }) => {
  stats(site);
  site.serve(
    '/',
    shopPage(
      config,
      '<script src="/site.js"></script><script type="text/plain" data-consent="stats" src="https://stats.example/t.js"></script>',
    ),
  );
  site.serve('/site.js', 'window.site = 1', 'text/javascript');
  const logs = consoleOf(page);
  await page.goto(ORIGIN + '/');
  await settled(page);
  await page.evaluate(() => (window as any).cookiegate.acceptAll());
  await expect.poll(() => page.evaluate(() => (window as any).ran)).toEqual(['/t.js']);
  await page.waitForTimeout(300);
  expect(warnings(logs)).toEqual([]);
});
