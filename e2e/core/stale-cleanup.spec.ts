/**
 * A decision that no longer counts (expired, its cookie gone, or made on an older
 * revision) leaves nothing of the vendors behind: their cookies and storage go as on a
 * withdrawal, so that a later consent starts with new identifiers.
 */
import type { Page } from '@playwright/test';
import { encodeConsent } from '../../packages/sdk/src/core/cookie';
import { expect, ORIGIN, settled, shopPage, test, type Site } from '../harness';

const config = {
  revision: 1,
  categories: { necessary: { required: true }, analytics: {} },
  services: {
    magento: { category: 'necessary', cookies: ['PHPSESSID'] },
    stats: { category: 'analytics', cookies: ['_st', '_st_*'], storage: ['st_*'], hosts: ['stats.example'] },
  },
};
const head = '<script type="text/plain" data-consent="stats" src="https://stats.example/t.js"></script>';

function stats(site: Site) {
  site.host('stats.example', (route) =>
    route.fulfill({
      contentType: 'text/javascript',
      // Resumes an identifier it finds, as vendors do; else makes a new one.
      body: `const id = (document.cookie.match(/(?:^|; )_st=([^;]*)/) || [])[1] || String(Math.random()).slice(2);
        document.cookie = '_st=' + id + '; domain=.shop.test; path=/; max-age=63072000';
        document.cookie = '_st_X=1; path=/; max-age=63072000';
        localStorage.setItem('st_id', id);`,
    }),
  );
}

const names = async (page: Page) => (await page.context().cookies()).map((c) => c.name).sort();
const stId = async (page: Page) => (await page.context().cookies()).find((c) => c.name == '_st')?.value;

/** Accepts on a first visit; returns the tracker's identifier. */
async function accept(page: Page, site: Site): Promise<string> {
  stats(site);
  site.serve('/', shopPage(config, head));
  await page.context().addCookies([{ name: 'PHPSESSID', value: 's1', url: ORIGIN }]);
  await page.goto(ORIGIN + '/');
  await page.evaluate(() => (window as any).cookiegate.acceptAll());
  await expect.poll(() => names(page)).toEqual(['PHPSESSID', '_st', '_st_X', 'cookiegate']);
  return (await stId(page))!;
}

/** After the decision stopped counting: the vendor's traces are gone, the site's own stay; a new accept gets a new id. */
async function expectCleaned(page: Page, old: string) {
  await settled(page);
  await expect.poll(() => names(page)).toEqual(expect.arrayContaining(['PHPSESSID']));
  await expect.poll(async () => (await names(page)).filter((n) => n.startsWith('_st'))).toEqual([]);
  expect(await page.evaluate(() => localStorage.getItem('st_id'))).toBeNull();
  expect(await page.evaluate(() => (window as any).cookiegate.getConsent())).toBeNull();
  await page.evaluate(() => (window as any).cookiegate.acceptAll());
  await expect.poll(() => stId(page)).toBeTruthy();
  expect(await stId(page)).not.toBe(old);
}

test('an expired decision (its cookie still there, expiresAt yesterday): the vendor cookies and storage are removed', async ({
  page,
  site,
}) => {
  const old = await accept(page, site);
  const state = await page.evaluate(() => (window as any).cookiegate.getConsent());
  // The same decision, as if made 366 days ago and expired yesterday (the checksum is valid).
  const day = 864e5;
  const value = encodeConsent({ ...state, decidedAt: Date.now() - 366 * day, expiresAt: Date.now() - day });
  await page.context().addCookies([{ name: 'cookiegate', value, url: ORIGIN }]);
  await page.reload();
  await expectCleaned(page, old);
});

test('the consent cookie gone (the browser drops it when it expires): the vendor cookies are removed', async ({
  page,
  site,
}) => {
  const old = await accept(page, site);
  await page.context().clearCookies({ name: 'cookiegate' });
  await page.reload();
  await expectCleaned(page, old);
});

test('a decision made on an older revision that changed the purpose: the vendor cookies are removed', async ({
  page,
  site,
}) => {
  const old = await accept(page, site);
  site.serve(
    '/',
    shopPage({ ...config, revision: 2, categories: { ...config.categories, analytics: { purposeChanged: 2 } } }, head),
  );
  await page.reload();
  await expectCleaned(page, old);
});

test('only storage left behind (the vendor cookies already gone): the storage keys are removed too', async ({
  page,
  site,
}) => {
  await accept(page, site);
  await page.context().clearCookies({ name: 'cookiegate' });
  await page.context().clearCookies({ name: /^_st/ });
  expect(await page.evaluate(() => localStorage.getItem('st_id'))).toBeTruthy();
  await page.reload();
  await settled(page);
  await expect.poll(() => page.evaluate(() => localStorage.getItem('st_id'))).toBeNull();
  expect(await page.evaluate(() => (window as any).cookiegate.getConsent())).toBeNull();
});

test('a decision made on an older revision that changed nothing the visitor decided on: the vendor keeps its cookies', async ({
  page,
  site,
}) => {
  const old = await accept(page, site);
  site.serve('/', shopPage({ ...config, revision: 2 }, head));
  await page.reload();
  await expect.poll(() => page.evaluate(() => (window as any).cookiegate.getConsent()?.revision)).toBe(2);
  await settled(page);
  expect(await names(page)).toEqual(['PHPSESSID', '_st', '_st_X', 'cookiegate']);
  expect(await stId(page)).toBe(old);
});
