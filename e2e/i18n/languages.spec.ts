/**
 * Norwegian (bokmål), Finnish and German in Chromium, from the built files: the banner picked
 * by `language: "auto"` from the browser's locale (a page without <html lang>) and the
 * preferences with an explicit `language`, at 360×640 and 1366×768: the language's texts
 * and the presets' texts, "reject all" as prominent as "accept all", the floating button's
 * label, axe (WCAG 2.2 AA; the preferences light and dark), and screenshots in
 * e2e/screenshots/ (i18n-*.png) for a person to look at.
 */
import type { Locator } from '@playwright/test';
import { expect, ORIGIN, shopPage, test } from '../harness';
import { axe, consentOf, shot, ui, VIEWPORTS } from '../ui/fixtures';

const config = {
  revision: 1,
  policyUrl: '/cookies',
  categories: { necessary: { required: true }, analytics: {}, marketing: {} },
  services: {
    magento: { preset: 'magento' },
    ga: { preset: 'google-analytics' },
    meta: { preset: 'meta-pixel' },
  },
};

// What a native reader sees: written out here, not read from the sources under test.
const LANGS = {
  nb: {
    locale: 'nb-NO',
    title: 'Vi bruker informasjonskapsler',
    buttons: ['Godta alle', 'Avvis alle', 'Tilpass'],
    more: 'Mer',
    purposes: 'til statistikk og markedsføring',
    policy: 'Erklæring om informasjonskapsler',
    settings: 'Innstillinger for informasjonskapsler',
    save: 'Lagre valgene',
    preset: 'Besøksstatistikk',
    cookie: ['_ga', '2 år', 'Skiller besøkende fra hverandre'],
  },
  fi: {
    locale: 'fi-FI',
    title: 'Käytämme evästeitä',
    buttons: ['Hyväksy kaikki', 'Hylkää kaikki', 'Mukauta'],
    more: 'Lisää',
    purposes: 'näihin tarkoituksiin: tilastointi ja markkinointi',
    policy: 'Evästekäytäntö',
    settings: 'Evästeasetukset',
    save: 'Tallenna valinnat',
    preset: 'Kävijätilastot',
    cookie: ['_ga', '2 vuotta', 'Erottaa kävijät toisistaan'],
  },
  de: {
    locale: 'de-DE',
    title: 'Wir verwenden Cookies',
    buttons: ['Alle akzeptieren', 'Alle ablehnen', 'Anpassen'],
    more: 'Mehr',
    purposes: 'für Statistik und Marketing',
    policy: 'Cookie-Richtlinie',
    settings: 'Cookie-Einstellungen',
    save: 'Auswahl speichern',
    preset: 'Besucherstatistik',
    cookie: ['_ga', '2 Jahre', 'Unterscheidet Besucher'],
  },
};

/** What makes two buttons equally prominent: box, font, colours. */
const looks = (b: Locator) =>
  b.evaluate((el) => {
    const s = getComputedStyle(el);
    const r = el.getBoundingClientRect();
    return [Math.round(r.width), Math.round(r.height), s.font, s.color, s.backgroundColor, s.border, s.opacity];
  });

const violations = async (page: Parameters<typeof axe>[0]) =>
  (await axe(page, 'cookiegate-ui')).violations.map((v) => v.id + ': ' + v.nodes.map((n) => n.target).join(', '));

for (const [lang, t] of Object.entries(LANGS)) {
  for (const vp of VIEWPORTS) {
    const tag = `${lang} ${vp.width}×${vp.height}`;

    test.describe(tag, () => {
      test.use({ viewport: vp, locale: t.locale });
      // Two axe runs, a screenshot and a decision each: more than the default 30 s on a loaded machine.
      test.slow();

      test(`banner: "auto" picks ${lang} from the browser, equal choices, no axe violations (${tag})`, async ({
        page,
        site,
      }) => {
        // No <html lang>: "auto" falls back to the browser's language.
        site.serve('/', shopPage(config).replace('<html lang="sv">', '<html>'));
        await page.emulateMedia({ reducedMotion: 'reduce' });
        await page.goto(ORIGIN + '/');
        const { banner, fab } = ui(page);
        await expect(banner).toBeVisible();
        await expect(banner).toHaveAttribute('lang', lang);
        await expect(banner).toHaveAccessibleName(t.title);
        await expect(banner.locator('.btns').getByRole('button')).toHaveText(t.buttons);
        const [accept, reject] = t.buttons.map((name) => banner.getByRole('button', { name, exact: true }));
        await expect(reject!).toBeInViewport({ ratio: 1 });
        await expect(accept!).toBeInViewport({ ratio: 1 });
        expect(await looks(reject!)).toEqual(await looks(accept!));
        const more = banner.getByRole('button', { name: t.more, exact: true });
        if (vp.width < 720) await more.click();
        expect(await banner.innerText()).toContain(t.purposes);
        await expect(banner.getByRole('link', { name: t.policy })).toHaveAttribute('href', '/cookies');
        expect(await violations(page)).toEqual([]);
        await shot(page, `i18n-banner-${lang}-${vp.width}x${vp.height}`);

        // After the choice, the floating button is named in the language (from the head script).
        await reject!.click();
        await expect.poll(() => consentOf(page).then((c) => c?.decisions.marketing)).toBe(false);
        await expect(fab).toHaveAttribute('aria-label', t.settings);
        expect(await violations(page)).toEqual([]);
      });

      test(`preferences: an explicit language "${lang}" with the presets' texts, no axe violations (${tag})`, async ({
        page,
        site,
      }) => {
        // The config's language wins over <html lang="sv"> and the browser's.
        site.serve('/', shopPage({ ...config, language: lang }));
        await page.emulateMedia({ reducedMotion: 'reduce' });
        await page.goto(ORIGIN + '/');
        await ui(page).banner.getByRole('button', { name: t.buttons[2], exact: true }).click();
        const dialog = page.getByRole('dialog');
        await expect(dialog).toBeVisible();
        await expect(dialog).toHaveAccessibleName(t.settings);
        await expect(dialog).toHaveAttribute('lang', lang);
        await expect(dialog.getByRole('switch', { checked: true })).toHaveCount(2);
        // The Google Analytics preset: its purpose and its cookie table, in the language.
        const ga = dialog.getByRole('listitem').filter({ hasText: 'Google Analytics' });
        await ga.locator('summary').click();
        await expect(ga).toContainText(t.preset);
        await expect(ga.getByRole('row', { name: /_ga\b/ }).first().getByRole('cell')).toContainText([
          t.cookie[0]!,
          t.cookie[1]!,
          t.cookie[2]!,
        ]);
        expect(await violations(page)).toEqual([]);
        await shot(page, `i18n-preferences-${lang}-${vp.width}x${vp.height}`);
        await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
        expect(await violations(page)).toEqual([]);
        await shot(page, `i18n-preferences-${lang}-${vp.width}x${vp.height}-dark`);
        await dialog.getByRole('button', { name: t.save }).click();
        await expect(dialog).toBeHidden();
        await expect.poll(() => consentOf(page).then((c) => c?.decisions.analytics)).toBe(false);
      });
    });
  }
}

test.describe('Nynorsk', () => {
  // A browser set to Nynorsk (nn-NO) on a page without <html lang>: the bundled Norwegian is
  // Bokmål, which a Nynorsk reader reads, rather than English.
  test.use({ locale: 'nn-NO' });

  test('"auto" shows the Norwegian (bokmål) banner and floating button in a browser set to nn-NO', async ({
    page,
    site,
  }) => {
    const t = LANGS.nb;
    site.serve('/', shopPage(config).replace('<html lang="sv">', '<html>'));
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(ORIGIN + '/');
    expect(await page.evaluate(() => navigator.language)).toBe('nn-NO');
    const { banner, fab } = ui(page);
    await expect(banner).toBeVisible();
    await expect(banner).toHaveAttribute('lang', 'nb');
    await expect(banner).toHaveAccessibleName(t.title);
    await expect(banner.locator('.btns').getByRole('button')).toHaveText(t.buttons);
    expect(requests.filter((u) => /cookiegate-ui-/.test(u)).map((u) => new URL(u).pathname)).toEqual([
      expect.stringMatching(/cookiegate-ui-nb\.js$/),
    ]);
    await banner.getByRole('button', { name: t.buttons[1], exact: true }).click();
    await expect(fab).toHaveAttribute('aria-label', t.settings);
    expect(await violations(page)).toEqual([]);
  });
});
