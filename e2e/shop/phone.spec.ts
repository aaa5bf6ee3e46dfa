/**
 * The banner on a phone (360×640): a compact first layer (at most 30 % of the screen) with
 * the three equal choices always visible and the rest of its text one tap away; after a
 * decision a small round icon button with an accessible name. Screenshots for a person to
 * look at go to e2e/screenshots/ (gitignored).
 */
import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { decide, expect, ROOT, settled, test } from './fixtures';

const DIR = join(ROOT, 'e2e', 'screenshots');
test.use({ viewport: { width: 360, height: 640 } });

for (const [lang, names, more] of [
  ['sv', ['Acceptera alla', 'Avvisa alla', 'Anpassa'], 'Mer'],
  ['en', ['Accept all', 'Reject all', 'Customize'], 'More'],
  ['da', ['Accepter alle', 'Afvis alle', 'Tilpas'], 'Mere'],
] as const) {
  test(`${lang}: the first layer takes at most 30 % of a 640 px screen, with three equal buttons; the rest is one tap away`, async ({
    page,
  }) => {
    mkdirSync(DIR, { recursive: true });
    await page.goto(`/produkter/norrsken-9${lang == 'sv' ? '' : '?lang=' + lang}`);
    const ban = page.locator('cookiegate-ui .ban');
    await expect(ban).toBeVisible();
    await settled(page);
    await page.screenshot({ path: join(DIR, `phone-banner-${lang}.png`) });
    const box = (await ban.boundingBox())!;
    expect(box.height, 'banner height').toBeLessThanOrEqual(640 * 0.3);
    expect(box.y + box.height).toBeLessThanOrEqual(640);
    const boxes = await Promise.all(names.map((name) => page.getByRole('button', { name, exact: true }).boundingBox()));
    for (const b of boxes) {
      expect(b!.y).toBeGreaterThanOrEqual(box.y);
      expect(b!.y + b!.height).toBeLessThanOrEqual(box.y + box.height);
      expect(b!.width).toBeCloseTo(boxes[0]!.width, 0);
      expect(b!.height).toBeCloseTo(boxes[0]!.height, 0);
      expect(b!.height).toBeGreaterThanOrEqual(44);
    }
    const toggle = page.getByRole('button', { name: more, exact: true });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(ban.locator('#cg-more')).toBeVisible();
    // Expanded, accept and reject stay on the screen.
    for (const name of names.slice(0, 2))
      await expect(page.getByRole('button', { name, exact: true })).toBeInViewport({ ratio: 1 });
    await page.screenshot({ path: join(DIR, `phone-banner-${lang}-more.png`) });
    const axe = await new AxeBuilder({ page })
      .include('cookiegate-ui')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
  });
}

test('the product page’s "Lägg i varukorg" is on the first screen, not covered by the banner', async ({ page }) => {
  await page.goto('/produkter/norrsken-9');
  await expect(page.locator('cookiegate-ui .ban')).toBeVisible();
  const b = (await page.getByRole('button', { name: 'Lägg i varukorg' }).boundingBox())!;
  const ban = (await page.locator('cookiegate-ui .ban').boundingBox())!;
  expect(b.y + b.height).toBeLessThanOrEqual(ban.y);
  const top = await page.evaluate(
    ([x, y]) => document.elementFromPoint(x!, y!)?.tagName,
    [b.x + b.width / 2, b.y + b.height / 2],
  );
  expect(top).toBe('BUTTON');
});

test('after a decision: a small round icon button with an accessible name, axe clean', async ({ page }) => {
  await page.goto('/produkter/norrsken-9');
  await decide(page, 'reject');
  const fab = page.locator('cookiegate-ui').getByRole('button', { name: 'Cookieinställningar', exact: true });
  await expect(fab).toBeVisible();
  const b = (await fab.boundingBox())!;
  expect(b.width).toBeLessThanOrEqual(44);
  expect(b.height).toBeLessThanOrEqual(44);
  expect(b.width).toBeGreaterThanOrEqual(24);
  await settled(page);
  await page.screenshot({ path: join(DIR, 'phone-floating-button.png') });
  const axe = await new AxeBuilder({ page })
    .include('cookiegate-ui')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
  await fab.click();
  await expect(page.getByRole('dialog')).toBeVisible();
});
