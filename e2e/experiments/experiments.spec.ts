/**
 * Fair banner experiments and the impression count (issue 17) in Chromium, with the built
 * files: each variant shows, keeps accept and reject equal on the first layer, is axe clean,
 * and is named in the proof with the time to the click; an impression is sent once when the
 * banner is left without a decision, without cookies, only when the config opts in.
 */
import type { Page, Request } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { consoleOf, expect, ORIGIN, settled, shopPage, test, type Site } from '../harness';
import { axe } from '../ui/fixtures';

const config = {
  revision: 1,
  categories: { necessary: { required: true }, analytics: {}, marketing: {} },
  services: {
    stats: { category: 'analytics', vendor: 'Stats AB', hosts: ['stats.example'] },
    ads: { category: 'marketing', vendor: 'Ads Inc', hosts: ['ads.example'] },
  },
  proofEndpoint: '/v1/proofs',
  experiments: {
    variants: {
      a: { texts: { sv: { title: 'Får vi använda kakor?' } } },
      b: {
        position: 'top',
        theme: 'dark',
        texts: { sv: { title: 'Kakor på Butiken', acceptAll: 'Tillåt alla', rejectAll: 'Neka alla' } },
      },
    },
  },
};

/** What each variant shows: its title, its buttons' labels, where the banner sits, its background. */
const SHOWN = {
  a: {
    title: 'Får vi använda kakor?',
    accept: 'Acceptera alla',
    reject: 'Avvisa alla',
    top: false,
    bg: 'rgb(255, 255, 255)',
  },
  b: { title: 'Kakor på Butiken', accept: 'Tillåt alla', reject: 'Neka alla', top: true, bg: 'rgb(28, 28, 31)' },
} as const;

/** Makes the SDK's one-number draw (a Uint32Array of length 1) give `n`; every other use of the random source is untouched. */
const drawing = (page: Page, n: number) =>
  page.addInitScript((n) => {
    const real = crypto.getRandomValues.bind(crypto);
    crypto.getRandomValues = ((a: ArrayBufferView) =>
      a instanceof Uint32Array && a.length == 1
        ? ((a[0] = n), a)
        : real(a as Uint32Array)) as typeof crypto.getRandomValues;
  }, n);

/** Serves the shop with `cfg` and records the bodies of proofs and impressions posted. */
async function shop(site: Site, cfg: object) {
  site.serve('/', shopPage(cfg));
  const proofs: Record<string, unknown>[] = [];
  const impressions: Request[] = [];
  await site.context.route('**/v1/proofs', (route) => {
    proofs.push(route.request().postDataJSON());
    return route.fulfill({ status: 201, contentType: 'application/json', body: '{}' });
  });
  await site.context.route('**/v1/impressions', (route) => {
    impressions.push(route.request());
    return route.fulfill({ status: 204 });
  });
  return { proofs, impressions };
}

/**
 * The tab goes to the background: Playwright's pages stay visible, and the requests of a page
 * being left are not routed (leaving is tested over real HTTP below).
 */
const hide = (page: Page) =>
  page.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
    document.dispatchEvent(new Event('visibilitychange'));
  });

const banner = (page: Page) => page.locator('cookiegate-ui .ban');
const buttons = (page: Page) => banner(page).locator('.btns > button');

/** The look of a button that equal choice needs alike. */
const look = (page: Page, i: number) =>
  buttons(page)
    .nth(i)
    .evaluate((b) => {
      const s = getComputedStyle(b);
      const r = b.getBoundingClientRect();
      return {
        width: Math.round(r.width),
        height: Math.round(r.height),
        style: ['font-size', 'font-weight', 'color', 'background-color', 'border', 'padding', 'opacity', 'visibility']
          .map((p) => s.getPropertyValue(p))
          .join('|'),
      };
    });

for (const [i, id] of (['a', 'b'] as const).entries()) {
  test(`variant ${id} shows, keeps accept and reject equal on the first layer, is axe clean and is named in the proof`, async ({
    page,
    site,
  }) => {
    const { proofs } = await shop(site, config);
    await drawing(page, i);
    await page.goto(ORIGIN + '/');
    const want = SHOWN[id];
    await expect(banner(page).locator('h2')).toHaveText(want.title);
    await expect(buttons(page)).toHaveText([want.accept, want.reject, 'Anpassa']);

    // Equal choice: both on the first layer, visible, of the same size and style.
    const [accept, reject] = [await look(page, 0), await look(page, 1)];
    expect(reject).toEqual(accept);
    await expect(buttons(page).nth(1)).toBeVisible();
    const box = (await banner(page).boundingBox())!;
    expect(box.y < 100, `banner at the ${want.top ? 'top' : 'bottom'}: y=${box.y}`).toBe(want.top);
    expect(await banner(page).evaluate((b) => getComputedStyle(b).backgroundColor)).toBe(want.bg);
    expect((await axe(page, 'cookiegate-ui')).violations).toEqual([]);

    // Nothing of the draw is kept before a decision.
    expect(await page.evaluate(() => [document.cookie, localStorage.length, sessionStorage.length])).toEqual([
      '',
      0,
      0,
    ]);

    // A lower bound only: the click comes at least this long after the banner showed.
    await page.waitForTimeout(300);
    await buttons(page).nth(1).click();
    await expect.poll(() => proofs.length).toBe(1);
    expect(proofs[0]).toMatchObject({ action: 'reject_all', surface: 'banner', variant: id });
    const ms = proofs[0]!.decisionMs as number;
    expect(Number.isInteger(ms) && ms >= 300 && ms < 60_000, `decisionMs ${ms}`).toBe(true);
  });
}

test('a decision in the preferences over the banner carries the variant and the time from the banner', async ({
  page,
  site,
}) => {
  const { proofs } = await shop(site, config);
  await drawing(page, 1);
  await page.goto(ORIGIN + '/');
  await buttons(page).nth(2).click();
  const dialog = page.locator('cookiegate-ui dialog');
  await expect(dialog).toBeVisible();
  // The preferences take the variant's theme too, and stay axe clean.
  expect(await dialog.evaluate((d) => getComputedStyle(d).backgroundColor)).toBe(SHOWN.b.bg);
  expect((await axe(page, 'cookiegate-ui')).violations).toEqual([]);
  await dialog.getByRole('button', { name: 'Spara val' }).click();
  await expect.poll(() => proofs.length).toBe(1);
  expect(proofs[0]).toMatchObject({ action: 'custom', surface: 'preferences', variant: 'b' });
  expect(proofs[0]!.decisionMs).toEqual(expect.any(Number));
});

test.describe('impressions', () => {
  const counted = { ...config, stats: { impressions: true } };

  test('one impression, without cookies or consent id, when the page is hidden without a decision', async ({
    page,
    site,
  }) => {
    const { impressions } = await shop(site, counted);
    await site.context.addCookies([{ name: 'session', value: 'secret', url: ORIGIN }]);
    await drawing(page, 1);
    await page.goto(ORIGIN + '/?q=private');
    await expect(banner(page)).toBeVisible();
    await hide(page);
    await expect.poll(() => impressions.length).toBe(1);
    const [req] = impressions;
    expect(req!.method()).toBe('POST');
    expect(req!.url()).toBe(ORIGIN + '/v1/impressions');
    expect(req!.postDataJSON()).toEqual({ locale: 'sv', variant: 'b' });
    const headers = await req!.allHeaders();
    expect(headers.cookie).toBeUndefined();
    expect(headers.referer).toBe(ORIGIN + '/');
    // Once per page view: hidden again, then left.
    await hide(page);
    await page.evaluate(() => dispatchEvent(new Event('pagehide')));
    await page.waitForTimeout(300);
    expect(impressions).toHaveLength(1);
  });

  test('one impression when the page is left, over real HTTP (the request outlives the page)', async ({ page }) => {
    const got: { body: string; cookie?: string }[] = [];
    const dist = join(import.meta.dirname, '..', '..', 'packages', 'sdk', 'dist');
    const server = createServer((req, res) => {
      const path = new URL(req.url!, 'http://x').pathname;
      if (req.method == 'POST') {
        let body = '';
        req.on('data', (d) => (body += d));
        req.on('end', () => {
          if (path == '/v1/impressions') got.push({ body, cookie: req.headers.cookie });
          res.writeHead(path == '/v1/impressions' ? 204 : 201).end(path == '/v1/impressions' ? undefined : '{}');
        });
      } else if (/^\/cookiegate[\w-]*\.js$/.test(path))
        res.writeHead(200, { 'content-type': 'text/javascript' }).end(readFileSync(join(dist, path)));
      else res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(shopPage(counted));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
      await expect(banner(page)).toBeVisible();
      await page.goto('about:blank');
      await expect.poll(() => got.length).toBe(1);
      expect(JSON.parse(got[0]!.body)).toEqual({ locale: 'sv', variant: expect.stringMatching(/^[ab]$/) });
      expect(got[0]!.cookie).toBeUndefined();
    } finally {
      server.close();
    }
  });

  test('none after a decision', async ({ page, site }) => {
    const { impressions, proofs } = await shop(site, counted);
    await page.goto(ORIGIN + '/');
    await buttons(page).nth(0).click();
    await expect.poll(() => proofs.length).toBe(1);
    await hide(page);
    // Give an impression that should not exist the time one takes (the tests above see it come).
    await page.waitForTimeout(500);
    expect(impressions).toEqual([]);
  });

  test('none without the opt-in, and without experiments the file that would send it is not loaded', async ({
    page,
    site,
  }) => {
    const { experiments: _, ...plain } = config;
    const { impressions } = await shop(site, plain);
    await page.goto(ORIGIN + '/');
    await expect(banner(page)).toBeVisible();
    await hide(page);
    await page.waitForTimeout(500);
    expect(impressions).toEqual([]);
    expect(site.requests.filter((u) => u.includes('cookiegate-experiment'))).toEqual([]);
  });
});

test.describe('an unfair variant', () => {
  // Reject made smaller and fainter than accept: not presentation the check allows.
  const unfair = {
    ...config,
    experiments: { variants: { ...config.experiments.variants, c: { style: { rejectAll: 'font-size:10px' } } } },
  };
  const reason =
    'experiments.variants.c.style: a variant may change only its "texts", "position" and "theme" (presentation)';

  test('`cookiegate check` refuses it, naming the field, and exits 1', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'cg-')), 'config.json');
    writeFileSync(file, JSON.stringify(unfair));
    const cli = join(import.meta.dirname, '..', '..', 'packages', 'sdk', 'bin', 'cookiegate.mjs');
    const r = spawnSync(process.execPath, [cli, 'check', file], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('error: ' + reason);
    expect(r.stdout).not.toContain('data-checked');
  });

  test('the browser check fails closed on it: the error names the field, nothing that is not required runs', async ({
    page,
    site,
  }) => {
    site.host('stats.example', (route) => route.fulfill({ contentType: 'text/javascript', body: 'window.ran = 1' }));
    const log = consoleOf(page);
    site.serve(
      '/',
      shopPage(unfair, '<script type="text/plain" data-consent="stats" src="https://stats.example/t.js"></script>'),
    );
    await page.goto(ORIGIN + '/');
    const errors = () => log.filter((m) => m.type == 'error').map((m) => m.text);
    await expect.poll(() => errors().some((t) => t.startsWith('[cookiegate] config: ' + reason))).toBe(true);
    expect(errors()).toContain('[cookiegate] invalid config: nothing that is not required will run');
    await settled(page);
    expect(site.requestsTo('stats.example')).toEqual([]);
  });
});
