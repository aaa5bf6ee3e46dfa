/**
 * The presets' data a page pays for (issue 16): a config written by `cookiegate check --write`
 * carries the blocking data of its own presets (presetData, covered by data-checked), so its
 * page loads neither cookiegate-presets.js (every preset's data) nor the checker, and blocks
 * its vendors as before; a preset with a consent API brings cookiegate-vendors.js. Where
 * data-checked does not fit, the inline data is never trusted: the presets file is loaded.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { consoleOf, expect, ORIGIN, shopPage, settled, test, type Site } from '../harness';

const CLI = join(import.meta.dirname, '..', '..', 'packages', 'sdk', 'bin', 'cookiegate.mjs');

const config = {
  revision: 1,
  categories: { necessary: { required: true }, analytics: { title: 'Analys' }, marketing: { title: 'Marknadsföring' } },
  services: { hj: { preset: 'hotjar' } },
};
// A loader as Hotjar's snippet inserts it, unmodified: only the preset's hosts say that it
// waits for consent.
const head = `<script>(function () {
  var s = document.createElement('script');
  s.async = 1;
  s.src = 'https://static.hotjar.com/c/hotjar-1.js?sv=6';
  document.head.appendChild(s);
})();</script>`;

/** `cookiegate check [--write] <file>` on a copy of `c`: exit code, output, and the file after. */
function check(c: unknown, ...flags: string[]): { code: number; out: string; config: any } {
  const file = join(mkdtempSync(join(tmpdir(), 'cg-')), 'config.json');
  writeFileSync(file, JSON.stringify(c, null, 2));
  const args = [CLI, 'check', ...flags, file];
  const r = spawnSync(process.execPath, args, { encoding: 'utf8' });
  const res = { code: r.status!, out: r.stdout + r.stderr };
  return { ...res, config: JSON.parse(readFileSync(file, 'utf8')) };
}
const fingerprintOf = (out: string) => /data-checked="(\w+)"/.exec(out)![1]!;
const page$ = (c: unknown, fp: string) =>
  shopPage(c, head).replace('id="cookiegate-config"', `id="cookiegate-config" data-checked="${fp}"`);
const sdkFiles = (site: Site) =>
  site.requests.map((u) => new URL(u).pathname).filter((p) => /^\/cookiegate-(presets|vendors|check)\.js$/.test(p));
function hotjar(site: Site) {
  site.host('hotjar.com', (route) =>
    route.fulfill({ contentType: 'text/javascript', body: `(window.ran = window.ran || []).push('hotjar');` }),
  );
}
const ran = (page: import('@playwright/test').Page) => page.evaluate(() => (window as any).ran ?? []);

test.describe('presetData', () => {
  test('`cookiegate check --write` writes the used presets’ data; without --write a stale one is an error', () => {
    const written = check(
      { ...config, services: { ...config.services, fb: { preset: 'meta-pixel' }, hj2: { preset: 'hotjar' } } },
      '--write',
    );
    expect(written.code).toBe(0);
    expect(Object.keys(written.config.presetData)).toEqual(['hotjar', 'meta-pixel']);
    expect(written.config.presetData['meta-pixel'].consentApi).toBe(true);
    expect(written.config.presetData.hotjar.hosts).toContain('hotjar.com');
    // The fingerprint printed is that of the file as written: checking it again prints the same.
    const again = check(written.config);
    expect(again.code).toBe(0);
    expect(fingerprintOf(again.out)).toBe(fingerprintOf(written.out));

    const stale = structuredClone(written.config);
    stale.presetData.hotjar.hosts = [];
    expect(check(stale)).toMatchObject({ code: 1, out: expect.stringContaining('error: presetData: not the data') });
    expect(check(stale).out).not.toContain('data-checked=');
    // --write replaces a broken one; without it, it is a config error.
    expect(check({ ...config, presetData: 5 })).toMatchObject({ code: 1, out: expect.stringContaining('presetData') });
    const mended = check({ ...config, presetData: 5 }, '--write');
    expect(mended.code).toBe(0);
    expect(Object.keys(mended.config.presetData)).toEqual(['hotjar']);
    expect(check(config)).toMatchObject({
      code: 0,
      out: expect.stringContaining('warning: without presetData every page loads cookiegate-presets.js'),
    });
  });

  test('a written config loads no presets file and no checker, and still holds its vendor until consent', async ({
    page,
    site,
  }) => {
    hotjar(site);
    const { config: written, out } = check(config, '--write');
    site.serve('/', page$(written, fingerprintOf(out)));
    await page.goto(ORIGIN + '/');
    await settled(page);
    expect(sdkFiles(site)).toEqual([]);
    expect(site.requestsTo('hotjar.com')).toEqual([]);
    expect(await ran(page)).toEqual([]);
    await page.evaluate(() => (window as any).cookiegate.acceptAll());
    await expect.poll(() => ran(page)).toEqual(['hotjar']);
    // The preset's fields came from presetData.
    expect(await page.evaluate(() => (window as any).cookiegate.getConfig().services.hj.vendor)).toBe('Hotjar Ltd');
  });

  test('a preset with a consent API brings cookiegate-vendors.js, not the presets file', async ({ page, site }) => {
    const c = { ...config, services: { fb: { preset: 'meta-pixel' } } };
    const { config: written, out } = check(c, '--write');
    site.serve('/', page$(written, fingerprintOf(out)));
    await page.goto(ORIGIN + '/');
    await settled(page);
    expect(sdkFiles(site)).toEqual(['/cookiegate-vendors.js']);
    // Meta's consent API ran: after a decision, `fbq('consent', …)` follows it.
    await page.evaluate(() => {
      (window as any).fbq = (...a: unknown[]) => ((window as any).fbqCalls ||= []).push(a);
      return (window as any).cookiegate.rejectAll();
    });
    await expect.poll(() => page.evaluate(() => (window as any).fbqCalls)).toContainEqual(['consent', 'revoke']);
  });

  test('presetData under a data-checked that does not fit is never trusted: the presets file decides', async ({
    page,
    site,
  }) => {
    hotjar(site);
    const { config: written } = check(config, '--write');
    // Edited by hand after the check: Hotjar's hosts are gone, the fingerprint no longer fits.
    written.presetData.hotjar.hosts = [];
    const logs = consoleOf(page);
    site.serve('/', page$(written, 'stale'));
    await page.goto(ORIGIN + '/');
    await settled(page);
    expect(sdkFiles(site).sort()).toEqual(['/cookiegate-check.js', '/cookiegate-presets.js']);
    expect(site.requestsTo('hotjar.com')).toEqual([]);
    await expect
      .poll(() => logs.map((l) => l.text).join('\n'))
      .toContain('presetData: this page loads cookiegate-presets.js');
    await page.evaluate(() => (window as any).cookiegate.rejectAll());
    await page.waitForTimeout(200);
    expect(site.requestsTo('hotjar.com')).toEqual([]);
  });
});
