/**
 * The demo shop (examples/shop, a real process) audited at both viewports with every
 * phase: no FAIL, and the evidence is what the shop does. Then its HTML report opened in
 * Chromium (axe, screenshot), and `scan` drafting its config and showing drift.
 */
import AxeBuilder from '@axe-core/playwright';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateConfig } from 'cookiegate';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { audit, htmlReport, launch, scan } from '../src/index.mjs';
import { SHOP, startShop } from './shop.mjs';

const SCREENSHOTS = join(import.meta.dirname, 'screenshots');
const CONFIG = JSON.parse(readFileSync(join(SHOP, 'cookiegate.config.json'), 'utf8'));
const ANALYTICS = ['google-analytics', 'google-ads', 'meta-pixel', 'smartlook'];

let browser;
let shop;
let report;
beforeAll(async () => {
  [browser, shop] = await Promise.all([launch(), startShop()]);
});
afterAll(async () => {
  await browser?.close();
  await shop?.stop();
});

describe('the demo shop', () => {
  test(
    'audit: every phase at both viewports, no FAIL, evidence as the shop behaves',
    { timeout: 300_000 },
    async () => {
      report = await audit(shop.url, {
        browser,
        offline: true,
        limits: { settleMs: 2000, observeMs: 2000, actionMs: 20_000 },
      });
      const status = Object.fromEntries(report.checks.map((c) => [c.id, c.status]));
      expect(
        report.checks.filter((c) => c.status == 'fail'),
        JSON.stringify(report.checks, null, 1),
      ).toEqual([]);
      expect(report.phaseErrors).toEqual([]);
      // What only cookiegate's API can show is checked on the shop, not skipped.
      for (const id of ['C4', 'C8', 'C13', 'C14', 'C15', 'C16', 'C17', 'C18', 'C19', 'C20'])
        expect(status[id], id).toBe('pass');
      const ev = Object.fromEntries(report.checks.map((c) => [c.id, c.evidence]));
      // Before consent only the shop's own necessary cookies (Magento's session and form key).
      expect(ev.C1).toMatch(/PHPSESSID/);
      expect(
        report.cookies
          .filter((c) => c.phase == 'before')
          .map((c) => c.name)
          .sort(),
      ).toEqual(['PHPSESSID', 'form_key']);
      expect(report.cookies.find((c) => c.name == 'PHPSESSID').httpOnly).toBe(true);
      // Nothing from a tracker before a decision, in any phase without consent.
      const quiet = ['before', 'browsing', 'after reject', 'with GPC', 'preferences'];
      expect(report.requests.filter((r) => r.tracker && quiet.includes(r.phase))).toEqual([]);
      // After accept: each analytics service of the config ran (requests to its hosts, recorded
      // although answered locally) and set its cookies.
      const accepted = report.requests.filter((r) => r.phase == 'after accept' && r.tracker).map((r) => r.preset);
      for (const s of ANALYTICS) expect(accepted, s).toContain(s);
      const cookies = report.cookies.filter((c) => c.phase == 'after accept').map((c) => c.name);
      for (const name of ['_ga', '_gcl_au', '_fbp', 'cookiegate']) expect(cookies).toContain(name);
      expect(cookies.some((n) => n.startsWith('SL_C_'))).toBe(true);
      // The chat is click-to-load: Zendesk never contacted, its visitor id never set.
      expect(report.requests.filter((r) => r.preset == 'zendesk-chat')).toEqual([]);
      expect(cookies).not.toContain('__zlcmid');
      // Withdrawal told Meta and Google, and the proof server holds the audit's two decisions.
      expect(report.consentCalls.some((c) => c.kind == 'fbq' && c.args[0] == 'consent' && c.args[1] == 'revoke')).toBe(
        true,
      );
      expect(ev.C18).toMatch(/\d+ records for consent id/);
      expect(report.screenshots.map((s) => `${s.of} ${s.viewport}`).sort()).toEqual([
        'banner 1366×768',
        'banner 360×640',
        'preferences 1366×768',
        'preferences 360×640',
      ]);
    },
  );

  test('the HTML report is readable: axe finds nothing, a screenshot is written', async () => {
    expect(report).toBeDefined();
    mkdirSync(SCREENSHOTS, { recursive: true });
    const file = join(SCREENSHOTS, 'shop-audit.html');
    writeFileSync(file, htmlReport(report));
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const external = [];
    context.on(
      'request',
      (r) => !r.url().startsWith('file:') && !r.url().startsWith('data:') && external.push(r.url()),
    );
    const page = await context.newPage();
    await page.goto('file://' + file);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(`Consent audit of ${shop.url}`);
    expect(await page.getByRole('row').count()).toBeGreaterThan(22);
    expect(await page.locator('img').count()).toBe(4);
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
    expect(external).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'shop-audit-report.png'), fullPage: true });
    await context.close();
  });

  test('scan drafts the shop’s services; drift shows an edited config', { timeout: 180_000 }, async () => {
    const { draft, drift } = await scan(shop.url, {
      browser,
      offline: true,
      pages: 2,
      config: CONFIG,
      limits: { settleMs: 2000, actionMs: 15_000 },
    });
    expect(validateConfig(draft).errors).toEqual([]);
    for (const s of ANALYTICS) expect(draft.services[s]?.preset, s).toBe(s);
    expect(draft.services['google-analytics'].cookies.map((c) => c.name)).toEqual(
      expect.arrayContaining(['_ga', '_ga_*']),
    );
    expect(draft.services['meta-pixel'].cookies.find((c) => c.name == '_fbp').lifetime).toBe('P90D');
    // The shop's own cookies, as a first-party service to review, with their lifetimes.
    expect(draft.services.site.cookies.map((c) => c.name).sort()).toEqual(['PHPSESSID', 'form_key']);
    expect(draft.services.site.cookies.find((c) => c.name == 'PHPSESSID').lifetime).toBe('PT1H');
    // No unknown third party: every host the shop contacts is a preset's.
    expect(Object.keys(draft.services).filter((k) => k.startsWith('unknown-'))).toEqual([]);
    // Against its own config: nothing missing; the chat (click-to-load) is never seen.
    expect(drift.missingHosts).toEqual([]);
    expect(drift.missingCookies).toEqual([]);
    expect(drift.neverSeen.map((n) => n.cookie)).toEqual(expect.arrayContaining(['__zlcmid']));
    expect(drift.lifetimes).toEqual([]);

    // An edited config: Smartlook removed, _ga declared for 30 days.
    const edited = structuredClone(CONFIG);
    delete edited.services.smartlook;
    edited.services['google-analytics'].cookies[0].lifetime = 'P30D';
    const d2 = (
      await scan(shop.url, {
        browser,
        offline: true,
        pages: 0,
        config: edited,
        limits: { settleMs: 2000, actionMs: 15_000 },
      })
    ).drift;
    expect(d2.missingHosts.some((h) => h.endsWith('smartlook.com'))).toBe(true);
    expect(d2.missingCookies.some((n) => n.startsWith('SL_C_'))).toBe(true);
    expect(d2.lifetimes.map((l) => `${l.cookie} ${l.declared}`)).toContain('_ga P30D');
  });
});
