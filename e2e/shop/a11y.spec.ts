/**
 * The shop's own markup (header, content, live panel, footer) passes axe-core's WCAG 2.2
 * AA rules on every page. cookiegate's banner, preferences and declaration are checked
 * by the UI's own tests (e2e/ui), so they are left out here.
 */
import AxeBuilder from '@axe-core/playwright';
import { decide, expect, settled, test } from './fixtures';

const PAGES = ['/', '/produkter/norrsken-9', '/varukorg', '/cookies', '/integritet', '/?lang=en'];

for (const [viewport, pages] of [
  [{ width: 1366, height: 768 }, PAGES],
  [{ width: 360, height: 640 }, ['/', '/cookies']],
] as const) {
  test(`axe: the shop's own markup has no WCAG 2.2 AA violation (${viewport.width}×${viewport.height})`, async ({
    page,
  }) => {
    test.setTimeout(60_000);
    await page.setViewportSize(viewport);
    await page.goto('/');
    await decide(page, 'accept'); // the panel then lists scripts and cookies
    for (const path of pages) {
      await page.goto(path);
      await settled(page);
      const result = await new AxeBuilder({ page })
        .include('.site-header')
        .include('.usp')
        .include('main')
        .include('#demo-panel')
        .include('.site-footer')
        .exclude('[data-cookiegate-declaration]')
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      expect(
        result.violations.map((v) => `${path}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
      ).toEqual([]);
    }
  });
}
