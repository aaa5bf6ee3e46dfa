/**
 * The config check in the browser (cookiegate-check.js): loaded only where the config is not
 * known to be valid, never trusted for an edited config, and failing closed after a
 * decision too. `cookiegate check` (the SDK's CLI) prints the data-checked fingerprint.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { consoleOf, expect, ORIGIN, shopPage, settled, test, type Site } from '../harness';

const CLI = join(import.meta.dirname, '..', '..', 'packages', 'sdk', 'bin', 'cookiegate.mjs');

const config = {
  revision: 1,
  categories: { necessary: { required: true }, analytics: { title: 'Analys' } },
  services: { stats: { category: 'analytics', cookies: ['_st'], hosts: ['stats.example'] } },
};
const head = `
<script type="text/plain" data-consent="stats" src="https://stats.example/t.js"></script>
<script type="text/plain" data-consent="necessary">(window.ran = window.ran || []).push('necessary');</script>`;

/** `cookiegate check <file>`: its exit code and what it printed. */
function check(c: unknown): { code: number; out: string } {
  const file = join(mkdtempSync(join(tmpdir(), 'cg-')), 'config.json');
  writeFileSync(file, JSON.stringify(c, null, 2));
  try {
    return { code: 0, out: execFileSync(process.execPath, [CLI, 'check', file], { encoding: 'utf8', stdio: 'pipe' }) };
  } catch (e) {
    const err = e as { status: number; stdout: string; stderr: string };
    return { code: err.status, out: err.stdout + err.stderr };
  }
}

const withChecked = (html: string, fp: string) =>
  html.replace('id="cookiegate-config"', `id="cookiegate-config" data-checked="${fp}"`);
const checks = (site: Site) => site.requests.filter((u) => new URL(u).pathname == '/cookiegate-check.js').length;
const ran = (page: import('@playwright/test').Page) => page.evaluate(() => (window as any).ran ?? []);

function tracker(site: Site) {
  site.host('stats.example', (route) =>
    route.fulfill({ contentType: 'text/javascript', body: `(window.ran = window.ran || []).push('stats');` }),
  );
}

test.describe('config check', () => {
  test('without data-checked: checked on a first visit, not again once the visitor decided, again after an edit', async ({
    page,
    site,
  }) => {
    tracker(site);
    site.serve('/', shopPage(config, head));
    await page.goto(ORIGIN + '/');
    await expect.poll(() => ran(page)).toEqual(['necessary']);
    expect(checks(site)).toBe(1);
    // Nothing is stored before a decision.
    expect(await page.evaluate(() => localStorage.length)).toBe(0);

    await page.evaluate(() => (window as any).cookiegate.acceptAll());
    await page.reload();
    // In document order, as the returning visitor's page runs them.
    await expect.poll(() => ran(page)).toEqual(['stats', 'necessary']);
    expect(checks(site)).toBe(1);

    // An edited text: the decision still counts, but the config is checked again first.
    site.serve(
      '/',
      shopPage({ ...config, categories: { ...config.categories, analytics: { title: 'Statistik' } } }, head),
    );
    await page.reload();
    await expect.poll(() => ran(page)).toEqual(['stats', 'necessary']);
    expect(checks(site)).toBe(2);
  });

  test('data-checked from `cookiegate check` spares the check; an edited config is checked and fails closed, a stored decision notwithstanding', async ({
    page,
    site,
  }) => {
    tracker(site);
    const ok = check(config);
    expect(ok.code).toBe(0);
    const fp = /data-checked="(\w+)"/.exec(ok.out)![1]!;
    site.serve('/', withChecked(shopPage(config, head), fp));
    await page.goto(ORIGIN + '/');
    await expect.poll(() => ran(page)).toEqual(['necessary']);
    expect(checks(site)).toBe(0);
    await page.evaluate(() => (window as any).cookiegate.acceptAll());
    await expect.poll(() => ran(page)).toEqual(['necessary', 'stats']);

    // The owner breaks the config and keeps the old fingerprint.
    const bad = { ...config, services: { stats: { ...config.services.stats, category: 'analytic' } } };
    expect(check(bad)).toMatchObject({
      code: 1,
      out: expect.stringContaining('services.stats.category: "analytic" is not a category'),
    });
    site.serve('/', withChecked(shopPage(bad, head), fp));
    const logs = consoleOf(page);
    const before = site.requestsTo('stats.example').length;
    await page.reload();
    await expect
      .poll(() => logs.map((l) => l.text))
      .toContain('[cookiegate] invalid config: nothing that is not required will run');
    await settled(page);
    expect(checks(site)).toBe(1);
    expect(await ran(page)).toEqual([]);
    expect(site.requestsTo('stats.example')).toHaveLength(before);
  });
});
