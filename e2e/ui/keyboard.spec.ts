/**
 * Keyboard alone: accept, reject, customize and withdraw (C13, C22); focus is visible,
 * trapped in the preferences and returned where it was.
 */
import { expect, ORIGIN, test } from '../harness';
import { consentOf, focused, L, shop, tabTo, ui, type Lang } from './fixtures';

const allOptional = (v: boolean) => ({ necessary: true, magento: true, analytics: v, stats: v, marketing: v, ads: v });

for (const lang of ['sv', 'en'] as Lang[]) {
  const t = L[lang];
  test.describe(`keyboard only (${lang})`, () => {
    test.use({ viewport: { width: 1366, height: 768 } });

    test('accept: Tab reaches the banner first, Enter accepts', async ({ page, site }) => {
      site.serve('/', shop(lang));
      await page.goto(ORIGIN + '/');
      await expect(ui(page).banner).toBeVisible();
      // The banner comes first in the tab order: policy link, then the buttons.
      expect(await tabTo(page, t.accept)).toBeLessThanOrEqual(2);
      // Focus is visible: an outline of at least 2px.
      const outline = await ui(page)
        .banner.getByRole('button', { name: t.accept })
        .evaluate((el) => getComputedStyle(el).outlineWidth);
      expect(parseFloat(outline)).toBeGreaterThanOrEqual(2);
      await page.keyboard.press('Enter');
      await expect(ui(page).banner).toBeHidden();
      expect((await consentOf(page)).decisions).toEqual(allOptional(true));
      // Focus moves to the floating button rather than being lost.
      await expect.poll(() => focused(page)).toBe(t.settings);
    });

    test('reject: one key press after reaching it', async ({ page, site }) => {
      site.serve('/', shop(lang));
      await page.goto(ORIGIN + '/');
      await expect(ui(page).banner).toBeVisible();
      expect(await tabTo(page, t.reject)).toBeLessThanOrEqual(3);
      await page.keyboard.press('Space');
      await expect(ui(page).banner).toBeHidden();
      expect((await consentOf(page)).decisions).toEqual(allOptional(false));
    });

    test('customize: switch one category by keyboard, save; focus stays trapped in the dialog', async ({
      page,
      site,
    }) => {
      site.serve('/', shop(lang));
      await page.goto(ORIGIN + '/');
      await expect(ui(page).banner).toBeVisible();
      await tabTo(page, t.customize);
      await page.keyboard.press('Enter');
      await expect(ui(page).prefs).toBeVisible();
      // Focus is in the dialog and stays there through 40 Tabs and 40 Shift+Tabs.
      const inDialog = () =>
        page.evaluate(() => {
          const host = document.activeElement;
          return host?.tagName == 'COOKIEGATE-UI' && !!host.shadowRoot!.activeElement?.closest('dialog');
        });
      expect(await inDialog()).toBe(true);
      for (let i = 0; i < 40; i++) {
        await page.keyboard.press(i < 20 ? 'Tab' : 'Shift+Tab');
        expect(await inDialog()).toBe(true);
      }
      await tabTo(page, 'cg-analytics');
      await page.keyboard.press('Space');
      // The category switched its service; focus stays on the switch that was pressed.
      await expect(ui(page).prefs.locator('#cg-stats')).toBeChecked();
      expect(await focused(page)).toBe('cg-analytics');
      // The next Tab goes on from there: to the category's service.
      await page.keyboard.press('Tab');
      expect(await focused(page)).toBe('cg-stats');
      await tabTo(page, t.save);
      await page.keyboard.press('Enter');
      await expect(ui(page).prefs).toBeHidden();
      await expect(ui(page).banner).toBeHidden();
      expect((await consentOf(page)).decisions).toEqual({ ...allOptional(false), analytics: true, stats: true });
    });

    test('withdraw: on a later page, the floating button then Reject all (two interactions)', async ({
      page,
      site,
    }) => {
      site.serve('/', shop(lang));
      site.serve('/b', shop(lang));
      await page.goto(ORIGIN + '/');
      await tabTo(page, t.accept);
      await page.keyboard.press('Enter');
      await expect.poll(() => consentOf(page).then((c) => c?.decisions.ads)).toBe(true);
      await page.goto(ORIGIN + '/b');
      const { fab, prefs, banner } = ui(page);
      await expect(fab).toBeVisible();
      await expect(banner).toHaveCount(0);
      // Interaction 1: the floating button (first in the tab order).
      expect(await tabTo(page, t.settings)).toBe(1);
      await page.keyboard.press('Enter');
      await expect(prefs).toBeVisible();
      // It shows the stored choice.
      await expect(prefs.getByRole('switch', { checked: false })).toHaveCount(0);
      // Esc closes and returns focus to the floating button; nothing changes.
      await page.keyboard.press('Escape');
      await expect(prefs).toBeHidden();
      expect(await focused(page)).toBe(t.settings);
      await page.keyboard.press('Enter');
      await expect(prefs).toBeVisible();
      // Interaction 2: Reject all. A withdrawal reloads the page.
      await tabTo(page, t.reject);
      await Promise.all([page.waitForEvent('load'), page.keyboard.press('Enter')]);
      expect((await consentOf(page)).decisions).toEqual(allOptional(false));
    });
  });
}

test('withdraw with the mouse: two clicks from any page', async ({ page, site }) => {
  site.serve('/', shop('sv'));
  await page.goto(ORIGIN + '/');
  await ui(page).banner.getByRole('button', { name: L.sv.accept }).click();
  await expect(ui(page).fab).toBeVisible();
  await page.reload();
  await ui(page).fab.click();
  await Promise.all([page.waitForEvent('load'), ui(page).prefs.getByRole('button', { name: L.sv.reject }).click()]);
  expect((await consentOf(page)).decisions.ads).toBe(false);
  const proofSurface = await page.evaluate(() => (window as any).cookiegate.getConsent());
  expect(proofSurface).not.toBeNull();
});
