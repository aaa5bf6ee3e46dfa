/**
 * The presets added for the Nordic shops (issue 16), each with its vendor's official snippet
 * pasted verbatim and once with markup gating (`type="text/plain"`), on one page per preset:
 * nothing reaches the vendor and none of its cookies exist before consent and after a
 * refusal; it runs after acceptance, its consent API called in the right order; after a
 * withdrawal its cookies are gone and it is not contacted again.
 *
 * A self-hosted Matomo is first party: its matomo.js may load (like a preload), but its
 * consent API keeps it from tracking or setting a cookie until consent.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { consoleOf, expect, ORIGIN, shopPage, settled, test, type Site } from '../harness';
import { ran, vendorJourney } from './journey';
import { snippet } from './stand-ins';
import { MORE_HOSTS, moreStandIns } from './stand-ins-more';

interface Vendor {
  preset: string;
  /** What its stand-in pushes to window.ran (none: an embed). */
  ran?: string;
  cookies: RegExp;
  /** A request the running vendor makes besides loading its script. */
  report?: RegExp;
  /** URLs the browser may request before any script runs, or (Matomo) first-party loads. */
  preload?: RegExp;
  /** An embed, in the body: its frame must stay empty until consent. */
  frame?: RegExp;
  /** Consent commands the vendor received, each before the next (a subsequence of window.calls). */
  order?: string[];
  /** The same with markup gating, where the snippet runs only after consent (default: `order`). */
  gatedOrder?: string[];
}

const VENDORS: Vendor[] = [
  {
    preset: 'microsoft-advertising',
    ran: 'uet',
    cookies: /^_uet/,
    report: /bat\.bing\.com\/action\/0/,
    order: ['consent default denied', 'consent update granted', 'pageLoad'],
  },
  {
    preset: 'microsoft-clarity',
    ran: 'clarity',
    cookies: /^_cl(ck|sk)$/,
    report: /clarity\.ms\/collect/,
    order: ['consentv2 denied ad denied', 'consentv2 granted ad denied'],
  },
  {
    preset: 'tiktok-pixel',
    ran: 'tiktok',
    cookies: /^_tt/,
    report: /analytics\.tiktok\.com\/api\/v2\/pixel/,
    order: ['holdConsent', 'page', 'grantConsent'],
    gatedOrder: ['holdConsent', 'grantConsent', 'page'],
  },
  {
    preset: 'pinterest-tag',
    ran: 'pinterest',
    cookies: /^(_pin_unauth|_epik)$/,
    report: /ct\.pinterest\.com\/v3\/\?event=pagevisit/,
    order: ['load', 'page', 'setconsent true'],
    gatedOrder: ['setconsent true', 'load', 'page'],
  },
  { preset: 'linkedin-insight', ran: 'linkedin', cookies: /^li_/, report: /px\.ads\.linkedin\.com\/collect/ },
  { preset: 'hotjar', ran: 'hotjar', cookies: /^_hj/, report: /hotjar\.io\/api/ },
  {
    preset: 'klaviyo',
    ran: 'klaviyo',
    cookies: /^__kla_id$/,
    report: /a\.klaviyo\.com\/client/,
    preload: /klaviyo\.js/,
  },
  {
    preset: 'klarna-osm',
    ran: 'klarna',
    cookies: /^__klarna/,
    report: /klarnaevt\.com/,
    preload: /web-sdk\/v1\/klarna\.js/,
  },
  { preset: 'vimeo', cookies: /^$/, frame: /player\.vimeo\.com\/video/, preload: /player\.vimeo\.com\/(video|api)/ },
  { preset: 'google-maps', cookies: /^$/, frame: /google\.com\/maps\/embed/, preload: /google\.com\/maps\/embed/ },
  {
    preset: 'matomo',
    ran: 'matomo',
    cookies: /^_pk_/,
    report: /matomo\.php/,
    preload: /matomo\.js/,
    order: ['requireConsent', 'trackPageView', 'setConsentGiven'],
    gatedOrder: ['requireConsent', 'setConsentGiven', 'trackPageView'],
  },
];

const config = (preset: string) => ({
  revision: 1,
  categories: { necessary: { required: true }, analytics: {}, marketing: {} },
  services: { v: { preset } },
});

/** The snippet with every script and iframe gated on the service (type="text/plain", data-src). */
const gated = (html: string) =>
  html
    .replace(/(<script[^>]*?) type=(["'])text\/javascript\2/g, '$1')
    .replace(/<script/g, '<script type="text/plain" data-consent="v"')
    .replace(/<iframe([^>]*) src=/g, '<iframe data-consent="v"$1 data-src=');

const calls = (page: Page): Promise<string[]> => page.evaluate(() => (window as any).calls ?? []);
const frames = (page: Page, v: Vendor) => page.frames().filter((f) => v.frame?.test(f.url()));

function vendorRequests(site: Site, v: Vendor) {
  // www.google.com serves more than maps: count only the preset's paths there.
  const mine = MORE_HOSTS[v.preset]!.flatMap((h) => site.requestsTo(h)).filter(
    (u) => !/www\.google\.com/.test(u) || /\/maps/.test(u),
  );
  return { preloads: mine.filter((u) => v.preload?.test(u)), others: mine.filter((u) => !v.preload?.test(u)) };
}

for (const v of VENDORS) {
  for (const mode of ['verbatim', 'text/plain'] as const) {
    test(`${v.preset} (${mode}): nothing before consent or after a refusal, runs after acceptance with its consent calls in order, gone after withdrawal`, async ({
      page,
      site,
    }) => {
      test.slow();
      moreStandIns(site);
      const html = mode == 'verbatim' ? snippet(v.preset) : gated(snippet(v.preset));
      site.serve('/', v.frame ? shopPage(config(v.preset), '', html) : shopPage(config(v.preset), html));

      await vendorJourney(page, site, v, mode, {
        requests: () => vendorRequests(site, v),
        // A self-hosted Matomo loads (first party) and waits for consent: only its tracking counts.
        running: async () => [
          ...(await ran(page)).filter((r) => r != 'matomo'),
          ...frames(page, v).map((f) => f.url()),
        ],
        // A verbatim <script src>, <iframe src> (or a first-party matomo.js) may be fetched twice per page load.
        preloadsPerLoad: 2,
        shown: v.frame ? () => frames(page, v).length == 1 : undefined,
        accepted: async () => {
          const order = mode == 'verbatim' ? v.order : (v.gatedOrder ?? v.order);
          if (!order) return;
          const seen = await calls(page);
          const at = order.map((c) => seen.indexOf(c));
          expect(
            at.every((i, k) => i >= 0 && (k == 0 || i > at[k - 1]!)),
            `${order.join(' < ')} in ${seen.join(', ')}`,
          ).toBe(true);
        },
      });
    });
  }
}

test.describe('embed placeholders ("facade": true)', () => {
  const embeds = {
    ...config('vimeo'),
    services: { v: { preset: 'vimeo', facade: true }, m: { preset: 'google-maps', facade: true } },
  };
  const vimeo = (page: Page) =>
    frames(
      page,
      VENDORS.find((v) => v.preset == 'vimeo')!,
    );
  const maps = (page: Page) =>
    frames(
      page,
      VENDORS.find((v) => v.preset == 'google-maps')!,
    );

  test('each embed gets a placeholder (axe clean); "show this once" loads that embed only, this once; "always allow" grants the service', async ({
    page,
    site,
  }) => {
    moreStandIns(site);
    site.serve('/', shopPage(embeds, '', snippet('vimeo') + snippet('google-maps')));
    await page.goto(ORIGIN + '/');
    await settled(page);
    await expect(page.getByRole('group', { name: 'Vimeo' })).toBeVisible();
    await expect(page.getByRole('group', { name: 'Google Maps' })).toBeVisible();
    await expect(page.locator('.cookiegate-embed')).toHaveCount(2);
    const axe = await new AxeBuilder({ page }).include('.cookiegate-embed').analyze();
    expect(axe.violations).toEqual([]);
    expect(vimeo(page)).toEqual([]);

    await page.getByRole('group', { name: 'Google Maps' }).getByRole('button', { name: 'Visa den här gången' }).click();
    await expect.poll(() => maps(page).length).toBe(1);
    expect(vimeo(page)).toEqual([]);
    expect(await page.evaluate(() => (window as any).cookiegate.getConsent())).toBeNull();
    await page.reload();
    await settled(page);
    expect(maps(page)).toEqual([]);

    await page.getByRole('group', { name: 'Vimeo' }).getByRole('button', { name: 'Tillåt alltid Vimeo' }).click();
    await expect.poll(() => vimeo(page).length).toBe(1);
    expect(await page.evaluate(() => (window as any).cookiegate.getConsent()?.decisions)).toMatchObject({
      v: true,
      m: false,
    });
    await page.reload();
    await expect.poll(() => vimeo(page).length).toBe(1);
    await expect(page.getByRole('group', { name: 'Vimeo' })).toHaveCount(0);
    await expect(page.getByRole('group', { name: 'Google Maps' })).toBeVisible();
  });
});

test('meta-pixel: customer data in init (advanced matching) gets a console warning', async ({ page, site }) => {
  const logs = consoleOf(page);
  const pixel = snippet('meta-pixel').replace(
    "fbq('init', '1234567890');",
    "fbq('init', '1234567890', { em: 'kund@example.se' });",
  );
  site.serve('/', shopPage({ ...config('meta-pixel'), services: { meta: { preset: 'meta-pixel' } } }, pixel));
  await page.goto(ORIGIN + '/');
  await expect.poll(() => logs.filter((l) => l.type == 'warning' && /advanced matching/.test(l.text)).length).toBe(1);
  expect(site.requestsTo('facebook.net').length).toBeLessThanOrEqual(0);
});
