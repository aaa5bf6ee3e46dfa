/** Shared config, pages and helpers of the UI tests. */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { shopPage } from '../harness';

export const config = {
  revision: 1,
  policyUrl: '/cookies',
  categories: { necessary: { required: true }, analytics: {}, marketing: {} },
  services: {
    magento: {
      category: 'necessary',
      vendor: 'Adobe',
      cookies: [
        { name: 'PHPSESSID', lifetime: 'session', purpose: { sv: 'Din session i butiken', en: 'Your shop session' } },
      ],
    },
    stats: {
      category: 'analytics',
      title: { sv: 'Besöksstatistik', en: 'Visitor statistics' },
      vendor: 'Stats AB',
      description: { sv: 'Mäter hur butiken används.', en: 'Measures how the shop is used.' },
      privacyUrl: 'https://stats.example/privacy',
      cookies: [
        { name: '_st', lifetime: 'P2Y', purpose: { sv: 'Skiljer besökare åt', en: 'Tells visitors apart' } },
        {
          name: '_st_*',
          lifetime: 'P1Y6M',
          domain: '.shop.test',
          purpose: { sv: 'Håller reda på besöket', en: 'Keeps the visit state' },
        },
      ],
      hosts: ['stats.example'],
    },
    ads: {
      category: 'marketing',
      title: { sv: 'Annonser', en: 'Ads' },
      vendor: 'Ads Inc',
      cookies: [{ name: '_ad', lifetime: 'P90D', purpose: { sv: 'Mäter kampanjer', en: 'Measures campaigns' } }],
      hosts: ['ads.example'],
    },
  },
};

export type Lang = 'sv' | 'en';

/** A page of the shop in a language (`<html lang>`), with config changes and extra body. */
export const shop = (lang: Lang, extra: Record<string, unknown> = {}, body = '', head = '') =>
  shopPage({ ...config, ...extra }, head, body).replace('<html lang="sv">', `<html lang="${lang}">`);

/** The UI's parts, inside the shadow root (Playwright's CSS locators pierce open shadow roots). */
export const ui = (p: Page) => ({
  banner: p.locator('cookiegate-ui .ban'),
  prefs: p.locator('cookiegate-ui dialog'),
  fab: p.locator('cookiegate-ui .fab'),
});

export const L = {
  sv: {
    accept: 'Acceptera alla',
    reject: 'Avvisa alla',
    customize: 'Anpassa',
    save: 'Spara val',
    settings: 'Cookieinställningar',
    close: 'Stäng',
    gpc: 'Webbläsarens GPC-signal respekteras',
  },
  en: {
    accept: 'Accept all',
    reject: 'Reject all',
    customize: 'Customize',
    save: 'Save choices',
    settings: 'Cookie settings',
    close: 'Close',
    gpc: 'Your browser’s GPC signal is respected',
  },
};

export const VIEWPORTS = [
  { width: 360, height: 640 },
  { width: 1366, height: 768 },
];

export const consentOf = (p: Page) => p.evaluate(() => (window as any).cookiegate.getConsent());

/** The UI files requested so far. */
export const uiRequests = (requests: string[]) => requests.filter((u) => /cookiegate-ui/.test(u));

/** axe-core with the WCAG 2.2 AA tags, on a part of the page (shadow roots included). */
export const axe = (p: Page, include: string) =>
  new AxeBuilder({ page: p })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .include(include)
    .analyze();

const SHOTS = join(import.meta.dirname, '..', 'screenshots');

/** Writes a screenshot to e2e/screenshots/ for a person to look at. */
export async function shot(p: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await p.screenshot({ path: join(SHOTS, name + '.png') });
}

/** The focused element's text or label, looking into shadow roots. */
export const focused = (p: Page) =>
  p.evaluate(() => {
    let a = document.activeElement;
    while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
    return a ? (a.getAttribute('aria-label') || a.id || a.textContent || a.tagName).trim() : null;
  });

/** Presses Tab until the focused element is `name` (at most 30 times); returns the presses. */
export async function tabTo(p: Page, name: string, key = 'Tab'): Promise<number> {
  for (let i = 1; i <= 30; i++) {
    await p.keyboard.press(key);
    if ((await focused(p)) === name) return i;
  }
  throw new Error('Tab never reached ' + name + '; last: ' + (await focused(p)));
}
