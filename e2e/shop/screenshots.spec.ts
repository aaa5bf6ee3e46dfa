import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { banner, expect, ROOT, settled, test } from './fixtures';

const DIR = join(ROOT, 'e2e', 'screenshots');

for (const [name, viewport] of [
  ['mobile', { width: 360, height: 640 }],
  ['desktop', { width: 1366, height: 768 }],
] as const) {
  test.describe(`screenshots (${name})`, () => {
    test.use({ viewport });
    test(`the shop with the banner, ${viewport.width}×${viewport.height}`, async ({ page, visitor }) => {
      mkdirSync(DIR, { recursive: true });
      await page.goto('/');
      await expect(banner(page)).toBeVisible();
      await settled(page);
      await page.screenshot({ path: join(DIR, `shop-banner-${name}.png`) });
      await page.goto('/?lang=en');
      await expect(page.getByRole('button', { name: 'Reject all', exact: true })).toBeVisible();
      await settled(page);
      await page.screenshot({ path: join(DIR, `shop-banner-${name}-en.png`) });
      await page.goto('/cookies');
      await expect(banner(page)).toBeVisible();
      await settled(page);
      await page.screenshot({ path: join(DIR, `shop-cookie-policy-${name}.png`), fullPage: true });
      expect(visitor.foreignRequests()).toEqual([]);
    });
  });
}
