/**
 * When the UI chunk loads: a first visit or a raised revision loads the visitor's language
 * only; a returning visitor loads none of it until they ask (floating button,
 * data-cookiegate-open, showBanner/showPreferences); a declaration page loads it.
 */
import { expect, ORIGIN, settled, test } from '../harness';
import { axe, config, consentOf, L, shop, shot, ui, uiRequests } from './fixtures';

test("a first visit downloads the banner of the visitor's language only; a returning visitor downloads none", async ({
  page,
  site,
}) => {
  site.serve('/', shop('sv'));
  await page.goto(ORIGIN + '/');
  await expect(ui(page).banner).toBeVisible();
  expect(uiRequests(site.requests).map((u) => new URL(u).pathname)).toEqual(['/cookiegate-ui-sv.js']);
  await ui(page).banner.getByRole('button', { name: L.sv.reject }).click();
  await expect(ui(page).fab).toBeVisible();
  // Answering the banner needs neither the preferences nor the presets' details.
  expect(uiRequests(site.requests)).toHaveLength(1);
  // The floating button came inside the banner's file: no file of its own on a first visit.
  const floating = () => site.requests.filter((u) => /cookiegate-floating-/.test(u)).map((u) => new URL(u).pathname);
  expect(floating()).toEqual([]);

  site.requests.length = 0;
  await page.reload();
  await settled(page);
  await expect(ui(page).fab).toBeVisible();
  await expect(ui(page).fab).toHaveAccessibleName(L.sv.settings);
  expect((await axe(page, 'cookiegate-ui')).violations).toEqual([]);
  await shot(page, 'floating-button-sv-1280x720');
  expect(site.requests.some((u) => u.endsWith('/cookiegate.js'))).toBe(true);
  expect(uiRequests(site.requests)).toEqual([]);
  expect(floating()).toEqual(['/cookiegate-floating-sv.js']);
  await expect(ui(page).banner).toHaveCount(0);

  // The floating button loads it on demand, with the preferences' details.
  await ui(page).fab.click();
  await expect(ui(page).prefs).toBeVisible();
  expect(uiRequests(site.requests).map((u) => new URL(u).pathname)).toEqual([
    '/cookiegate-ui-sv.js',
    '/cookiegate-ui-sv-details.js',
    '/cookiegate-ui-sv-presets.js',
  ]);
});

test('language: config, else <html lang>, else the browser; English for others', async ({ page, site }) => {
  site.serve('/en', shop('en'));
  site.serve('/da', shop('sv', { language: 'da' }));
  site.serve(
    '/fr',
    shop('en', { texts: { fr: { title: 'Nous utilisons des cookies' } } }).replace(
      '<html lang="en">',
      '<html lang="fr">',
    ),
  );
  site.serve('/none', shop('sv').replace('<html lang="sv">', '<html>'));
  await page.goto(ORIGIN + '/en');
  await expect(ui(page).banner.getByRole('button')).toHaveText([L.en.accept, L.en.reject, L.en.customize]);
  await page.goto(ORIGIN + '/da');
  await expect(ui(page).banner.getByRole('button')).toHaveText(['Accepter alle', 'Afvis alle', 'Tilpas']);
  await expect(ui(page).banner).toHaveAttribute('lang', 'da');
  await page.goto(ORIGIN + '/fr');
  await expect(ui(page).banner.getByRole('heading')).toHaveText('Nous utilisons des cookies');
  await expect(ui(page).banner.getByRole('button').first()).toHaveText(L.en.accept);
  // The test browser's locale is sv-SE.
  await page.goto(ORIGIN + '/none');
  await expect(ui(page).banner.getByRole('button').first()).toHaveText(L.sv.accept);
  expect(uiRequests(site.requests).map((u) => new URL(u).pathname)).toEqual([
    '/cookiegate-ui-en.js',
    '/cookiegate-ui-da.js',
    '/cookiegate-ui-en.js',
    '/cookiegate-ui-sv.js',
  ]);
});

test("every text can be overridden per language; the floating button's too", async ({ page, site }) => {
  site.serve(
    '/',
    shop('sv', {
      texts: { sv: { rejectAll: 'Neka alla', settings: 'Kakor', title: 'Kakor här' } },
      ui: { floatingButton: 'right' },
    }),
  );
  await page.goto(ORIGIN + '/');
  await expect(ui(page).banner.getByRole('heading')).toHaveText('Kakor här');
  await ui(page).banner.getByRole('button', { name: 'Neka alla' }).click();
  await expect(ui(page).fab).toHaveAccessibleName('Kakor');
  // Polled: the button may be re-rendered once the decision is stored, and has no box for that moment.
  await expect.poll(async () => (await ui(page).fab.boundingBox())?.x ?? -1).toBeGreaterThan(1280 / 2 - 1);
});

test('a raised revision with a changed purpose asks again', async ({ page, site }) => {
  site.serve('/', shop('sv'));
  await page.goto(ORIGIN + '/');
  await ui(page).banner.getByRole('button', { name: L.sv.accept }).click();
  await expect(ui(page).fab).toBeVisible();
  site.serve('/', shop('sv', { revision: 2, categories: { ...config.categories, marketing: { purposeChanged: 2 } } }));
  await page.reload();
  await expect(ui(page).banner).toBeVisible();
  await expect(ui(page).fab).toBeHidden();
});

test('data-cookiegate-open, showPreferences() and showBanner() work without the UI loaded; floatingButton: false hides the button', async ({
  page,
  site,
}) => {
  site.serve(
    '/',
    shop(
      'sv',
      { ui: { floatingButton: false } },
      '<footer><a href="/cookies" data-cookiegate-open>Cookieinställningar</a> <button data-cookiegate-open="banner">Visa bannern</button></footer>',
    ),
  );
  await page.goto(ORIGIN + '/');
  await ui(page).banner.getByRole('button', { name: L.sv.accept }).click();
  await expect(ui(page).banner).toBeHidden(); // closes once the decision is stored: reloading earlier could lose it
  await page.reload();
  await settled(page);
  await expect(ui(page).fab).toHaveCount(0);
  expect(uiRequests(site.requests)).toHaveLength(1);
  await page.getByRole('link', { name: 'Cookieinställningar' }).click();
  await expect(ui(page).prefs).toBeVisible();
  expect(page.url()).toBe(ORIGIN + '/');
  await page.keyboard.press('Escape');
  // Focus returns to the link.
  await expect(page.getByRole('link', { name: 'Cookieinställningar' })).toBeFocused();
  await page.getByRole('button', { name: 'Visa bannern' }).click();
  await expect(ui(page).banner).toBeVisible();
  await page.reload();
  await page.evaluate(() => (window as any).cookiegate.showPreferences());
  await expect(ui(page).prefs).toBeVisible();
  await page.keyboard.press('Escape');
  await page.evaluate(() => (window as any).cookiegate.showBanner());
  await expect(ui(page).banner).toBeVisible();
  expect((await consentOf(page)).decisions.ads).toBe(true);
});

test('the cookie declaration lists every service and cookie with its lifetime and the current choice', async ({
  page,
  site,
}) => {
  site.serve('/cookies', shop('sv', {}, '<h2>Cookies</h2><div data-cookiegate-declaration></div>'));
  await page.goto(ORIGIN + '/cookies');
  await ui(page).banner.getByRole('button', { name: L.sv.reject }).click();
  const decl = page.locator('[data-cookiegate-declaration] .decl');
  await expect(decl.locator('section[data-category=analytics]')).toContainText('Ditt val: Nekad');
  await expect(decl.locator('section[data-category=necessary]')).toContainText('Ditt val: Alltid på');
  const rows = decl.locator('section[data-category=analytics] tbody tr');
  await expect(rows.nth(0).locator('td')).toHaveText([
    'Besöksstatistik (Stats AB)',
    '_st',
    '2 år',
    'www.shop.test',
    'Skiljer besökare åt',
  ]);
  await expect(rows.nth(1).locator('td')).toHaveText([
    'Besöksstatistik (Stats AB)',
    '_st_*',
    '1 år och 6 månader',
    '.shop.test',
    'Håller reda på besöket',
  ]);
  await expect(decl.locator('section[data-category=marketing] tbody td').nth(2)).toHaveText('90 dagar');
  expect((await axe(page, '[data-cookiegate-declaration]')).violations).toEqual([]);
  await shot(page, 'declaration-sv-1280x720');
  // Its button opens the preferences; a choice there updates the declaration.
  await decl.getByRole('button', { name: 'Ändra ditt val' }).click();
  await ui(page).prefs.getByRole('switch', { name: 'Marknadsföring', exact: true }).check();
  await ui(page).prefs.getByRole('button', { name: L.sv.save }).click();
  await expect(decl.locator('section[data-category=marketing]')).toContainText('Ditt val: Tillåten');

  // A returning visitor on the policy page: the UI loads for the declaration only.
  site.requests.length = 0;
  await page.reload();
  await expect(decl.locator('section[data-category=marketing]')).toContainText('Ditt val: Tillåten');
  await expect(ui(page).banner).toHaveCount(0);
  expect(uiRequests(site.requests).map((u) => new URL(u).pathname)).toEqual([
    '/cookiegate-ui-sv.js',
    '/cookiegate-ui-sv-details.js',
    '/cookiegate-ui-sv-presets.js',
  ]);
});

test('an invalid config shows no UI and grants nothing', async ({ page, site }) => {
  site.serve('/', shop('sv', { revision: -1 }));
  await page.goto(ORIGIN + '/');
  await settled(page);
  expect(uiRequests(site.requests)).toEqual([]);
  await expect(page.locator('cookiegate-ui')).toHaveCount(0);
  expect(config.revision).toBe(1);
});
