/**
 * A vendor's journey on one shop page, from the built files in Chromium, for the vendor
 * specs (journeys.spec.ts: the seed's presets; reach.spec.ts: issue 16's): nothing reaches
 * the vendor and none of its cookies exist before consent and after a refusal; it runs (and
 * reports) after acceptance; after a withdrawal (which reloads the page) its cookies are
 * gone and it is not contacted again.
 *
 * A `<script src>` or `<iframe src>` written in the HTML may be fetched by Chromium before
 * any script runs (the preload scanner; an iframe's navigation, which the blocker aborts):
 * such fetches are counted apart (`preloads`), allowed only with the snippet pasted verbatim,
 * and the vendor must still never run, set a cookie or report anything.
 */
import type { Page } from '@playwright/test';
import { expect, ORIGIN, settled, type Site } from '../harness';

/** What the journey knows of a vendor's stand-in. */
export interface JourneyVendor {
  /** What its stand-in pushes to window.ran (none: an embed). */
  ran?: string;
  /** Cookies its stand-in sets (/^$/: none). */
  cookies: RegExp;
  /** A request the running vendor makes besides loading its script (beacon, pixel, fetch, XHR). */
  report?: RegExp;
}

/** How one spec sees its vendor on the page. */
export interface JourneyProbe {
  /** The vendor's requests so far: fetches before any script ran (`preloads`) and the rest. */
  requests(): { preloads: string[]; others: string[] };
  /** What of the vendor runs on the page (window.ran marks, its frames' URLs): none while it is refused. */
  running(): Promise<string[]>;
  /** With the snippet verbatim, how many preloads a page load may make. */
  preloadsPerLoad: number;
  /** Whether its embed is shown (embeds only): polled after acceptance. */
  shown?(): boolean;
  /** More checks once it runs after acceptance (its consent API's calls). */
  accepted?(): Promise<void>;
}

/** Calls a function of the page's `window.cookiegate`. @example await cg(page, 'acceptAll') */
export const cg = (page: Page, call: string) => page.evaluate((c) => (window as any).cookiegate[c](), call);
/** What the stand-ins on the page have run (window.ran). @example expect(await ran(page)).toContain('ga4') */
export const ran = (page: Page): Promise<string[]> => page.evaluate(() => (window as any).ran ?? []);
/** The names of the browser's cookies. @example expect(await cookieNames(site)).toContain('_ga') */
export const cookieNames = async (site: Site) => (await site.context.cookies()).map((c) => c.name);

/**
 * Walks the journey on the page `site` serves at `/`: first visit, refusal, a later page,
 * acceptance, withdrawal.
 *
 * @example
 * await vendorJourney(page, site, v, mode, { requests: () => vendorRequests(site, v), running: () => ran(page), preloadsPerLoad: 1 });
 */
export async function vendorJourney(
  page: Page,
  site: Site,
  v: JourneyVendor,
  mode: 'verbatim' | 'text/plain',
  probe: JourneyProbe,
): Promise<void> {
  const theirs = async () => (await cookieNames(site)).filter((n) => v.cookies.test(n));
  const nothing = async (loads: number) => {
    await settled(page);
    const { preloads, others } = probe.requests();
    expect(others, 'requests to the vendor').toEqual([]);
    // Markup gating avoids even the download.
    if (mode == 'text/plain') expect(preloads).toEqual([]);
    else expect(preloads.length).toBeLessThanOrEqual(probe.preloadsPerLoad * loads);
    expect(await probe.running()).toEqual([]);
    expect(await theirs()).toEqual([]);
  };

  await page.goto(ORIGIN + '/');
  await nothing(1);
  await cg(page, 'rejectAll');
  await page.reload();
  await nothing(2);

  await cg(page, 'acceptAll');
  if (v.ran) await expect.poll(() => ran(page)).toContain(v.ran);
  if (v.report) await expect.poll(() => site.requests.some((u) => v.report!.test(u))).toBe(true);
  if (probe.shown) await expect.poll(() => probe.shown!()).toBe(true);
  if (v.cookies.source != '^$') await expect.poll(async () => (await theirs()).length > 0).toBe(true);
  // Once, however the snippet and the blocker met.
  if (v.ran) expect((await ran(page)).filter((r) => r == v.ran)).toHaveLength(1);
  await probe.accepted?.();

  // Withdrawal: the page reloads, the vendor's cookies are gone and it reports nothing more.
  await Promise.all([page.waitForEvent('load'), cg(page, 'rejectAll')]);
  const before = probe.requests();
  await settled(page);
  await page.waitForTimeout(300);
  const after = probe.requests();
  expect(after.others).toEqual(before.others);
  expect(after.preloads.length - before.preloads.length).toBeLessThanOrEqual(
    mode == 'verbatim' ? probe.preloadsPerLoad : 0,
  );
  expect(await probe.running()).toEqual([]);
  expect(await theirs()).toEqual([]);
}
