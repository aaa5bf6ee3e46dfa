/**
 * Ids named like object members (`toString`, `constructor`): the config check refuses
 * them, naming the field; and where the check is skipped (a config carrying a data-checked
 * fingerprint), `save()` still grants only what it names: own-property lookups only.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { consoleOf, expect, ORIGIN, settled, shopPage, test } from '../harness';

const SDK = join(import.meta.dirname, '..', '..', 'packages', 'sdk');
(globalThis as any).__SDK_VERSION__ = JSON.parse(readFileSync(join(SDK, 'package.json'), 'utf8')).version;
const { fingerprint } = await import('../../packages/sdk/src/core/fingerprint');

const config = {
  revision: 1,
  categories: { necessary: { required: true }, analytics: {}, marketing: {} },
  services: {
    stats: { category: 'analytics' },
    toString: { category: 'marketing' },
    constructor: { category: 'marketing' },
  },
};
const head = `
<script type="text/plain" data-consent="stats">(window.ran = window.ran || []).push('stats');</script>
<script type="text/plain" data-consent="toString">(window.ran = window.ran || []).push('toString');</script>
<script type="text/plain" data-consent="marketing">(window.ran = window.ran || []).push('marketing');</script>`;
const ran = (page: import('@playwright/test').Page) => page.evaluate(() => (window as any).ran ?? []);

test('the config check refuses ids that every object has, naming the field; nothing but required runs', async ({
  page,
  site,
}) => {
  site.serve('/', shopPage(config, head));
  const logs = consoleOf(page);
  await page.goto(ORIGIN + '/');
  await expect
    .poll(() => logs.filter((l) => l.type == 'error').map((l) => l.text))
    .toEqual([
      '[cookiegate] config: services.toString: id "toString" is the name of a built-in property of every JavaScript object; choose another',
      '[cookiegate] config: services.constructor: id "constructor" is the name of a built-in property of every JavaScript object; choose another',
      '[cookiegate] invalid config: nothing that is not required will run',
    ]);
  expect(
    await page.evaluate(() =>
      (window as any).cookiegate.save({ analytics: true }).then(
        () => 'stored',
        (e: Error) => e.message,
      ),
    ),
  ).toBe('cookiegate: invalid config, nothing was stored');
  expect(await ran(page)).toEqual([]);
});

test('with the check skipped (data-checked), save({ analytics: true }) grants neither toString nor constructor', async ({
  page,
  site,
}) => {
  site.serve(
    '/',
    shopPage(config, head).replace(
      'id="cookiegate-config"',
      `id="cookiegate-config" data-checked="${fingerprint(config)}"`,
    ),
  );
  await page.goto(ORIGIN + '/');
  await settled(page);
  await page.evaluate(() => (window as any).cookiegate.save({ analytics: true }));
  await expect.poll(() => ran(page)).toEqual(['stats']);
  await page.waitForTimeout(200);
  expect(await ran(page)).toEqual(['stats']);
  expect(await page.evaluate(() => (window as any).cookiegate.getConsent().decisions)).toMatchObject({
    stats: true,
    analytics: true,
    toString: false,
    constructor: false,
    marketing: false,
  });
  // The stored cookie reads back the same on the next page.
  await page.reload();
  await settled(page);
  expect(await ran(page)).toEqual(['stats']);
});
