/**
 * What the audit flagged in the shop's texts and links: advertising named plainly in the
 * first layer, the shop's own privacy link (not the Magento preset's), policy links in the
 * visitor's language, one full stop after "s.r.o.", the banner naming the control the way
 * the page names it, and a declaration that puts the site's cookies first, marks the
 * presets' other usual cookies and lists cookiegate's own consent cookie.
 */
import { expect, settled, test } from './fixtures';

test('the first layer names advertising; the vendor list ends in one full stop; the control it names is on the page', async ({
  page,
}) => {
  await page.goto('/');
  const ban = page.getByRole('region', { name: 'Vi använder cookies' });
  await expect(ban).toContainText('för statistik och annonsering.');
  await expect(ban).toContainText('Smartlook.com, s.r.o. Du kan');
  await expect(ban).not.toContainText('s.r.o..');
  await expect(ban).toContainText('under ”Cookieinställningar”');
  await expect(
    page.locator('.site-footer').getByRole('button', { name: 'Cookieinställningar', exact: true }),
  ).toBeVisible();
});

for (const [lang, reject, policy] of [
  ['en', 'Reject all', 'Cookie policy'],
  ['da', 'Afvis alle', 'Cookiepolitik'],
] as const) {
  test(`${lang}: the banner's policy link opens the cookie policy in ${lang}`, async ({ page }) => {
    await page.goto(`/?lang=${lang}`);
    await expect(page.getByRole('button', { name: reject, exact: true })).toBeVisible();
    const link = page.locator('cookiegate-ui').getByRole('link', { name: policy, exact: true });
    await expect(link).toHaveAttribute('href', `/cookies?lang=${lang}`);
    await link.click();
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
  });
}

test('the web shop’s privacy link in the preferences is the shop’s own policy, not Adobe’s', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Anpassa', exact: true }).click();
  const dialog = page.getByRole('dialog');
  const item = dialog.locator('li').filter({ hasText: 'Webbutiken (Magento)' });
  await item.getByText('Detaljer').first().click();
  await expect(item.getByRole('link')).toHaveAttribute('href', '/integritet');
  await expect(dialog.locator('a[href*="adobe.com"]')).toHaveCount(0);
});

test('the declaration lists the consent cookie and the site’s cookies first, and marks preset-only rows', async ({
  page,
}) => {
  await page.goto('/cookies');
  await settled(page);
  const necessary = page.locator('[data-cookiegate-declaration] section[data-category="necessary"]');
  const rows = necessary.locator('tbody tr');
  await expect(rows.first().locator('td')).toHaveText([
    'cookiegate',
    'cookiegate',
    /365/,
    'localhost',
    /Sparar ditt cookieval/,
  ]);
  const names = await rows.locator('td:nth-child(2)').allTextContents();
  // The shop's own declarations (PHPSESSID, form_key) before the Magento preset's other usual cookies.
  expect(names.slice(1, 3)).toEqual(['PHPSESSID', 'form_key']);
  const magentoOnly = names.filter((n) => /X-Magento-Vary/.test(n));
  expect(magentoOnly).toEqual(['X-Magento-Vary (förinställning, kanske inte i bruk här)']);
});
