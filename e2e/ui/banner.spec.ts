/**
 * The first layer and the preferences at both viewports in sv and en: axe (WCAG 2.2 AA),
 * equal accept/reject (C4, C5), nothing pre-ticked (C6, C8), information (C9), language
 * (C10), no cookie wall (C11), closing is not consent (C12), screenshots.
 */
import { expect, ORIGIN, test } from '../harness';
import { axe, consentOf, L, shop, shot, ui, VIEWPORTS, type Lang } from './fixtures';

for (const vp of VIEWPORTS) {
  for (const lang of ['sv', 'en'] as Lang[]) {
    const t = L[lang];
    const tag = `${lang} ${vp.width}×${vp.height}`;

    test.describe(tag, () => {
      test.use({ viewport: vp, locale: lang == 'sv' ? 'sv-SE' : 'en-GB' });

      test(`banner: reject on the first layer, as prominent as accept, no axe violations (${tag})`, async ({
        page,
        site,
      }) => {
        site.serve('/', shop(lang));
        await page.emulateMedia({ reducedMotion: 'reduce' });
        await page.goto(ORIGIN + '/');
        const { banner } = ui(page);
        await expect(banner).toBeVisible();
        await expect(banner).toHaveAttribute('lang', lang);
        await expect(banner).toHaveAttribute('role', 'region');
        await expect(banner).toHaveAccessibleName(lang == 'sv' ? 'Vi använder cookies' : 'We use cookies');

        const accept = banner.getByRole('button', { name: t.accept, exact: true });
        const reject = banner.getByRole('button', { name: t.reject, exact: true });
        // The three choices (and, on a small screen, the "More" toggle of the text before them).
        await expect(banner.locator('.btns').getByRole('button')).toHaveText([t.accept, t.reject, t.customize]);
        // C4: reject is a real button, visible in the initial viewport without scrolling.
        expect(await reject.evaluate((el) => el.tagName)).toBe('BUTTON');
        await expect(reject).toBeInViewport({ ratio: 1 });
        await expect(accept).toBeInViewport({ ratio: 1 });

        // C5: same box, font, colours; contrast ≥ 4.5:1; opacity 1.
        const measure = (el: Element) => {
          const s = getComputedStyle(el);
          const r = el.getBoundingClientRect();
          const rgb = (c: string) =>
            c
              .match(/[\d.]+/g)!
              .slice(0, 3)
              .map(Number);
          const lum = (c: number[]) =>
            c
              .map((v) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4))
              .reduce((a, v, i) => a + v * [0.2126, 0.7152, 0.0722][i]!, 0);
          const [l1, l2] = [lum(rgb(s.color)), lum(rgb(s.backgroundColor))].sort((a, b) => b - a);
          return {
            width: Math.round(r.width),
            height: Math.round(r.height),
            fontSize: s.fontSize,
            fontWeight: s.fontWeight,
            fontFamily: s.fontFamily,
            color: s.color,
            background: s.backgroundColor,
            border: s.border,
            opacity: s.opacity,
            contrast: (l1! + 0.05) / (l2! + 0.05),
          };
        };
        const a = await accept.evaluate(measure);
        const r = await reject.evaluate(measure);
        expect(r).toEqual(a);
        expect(r.contrast).toBeGreaterThanOrEqual(4.5);
        expect(r.opacity).toBe('1');
        expect(r.height).toBeGreaterThanOrEqual(24);

        // C9: purposes, vendors, withdrawal and the policy link, before any consent (on a
        // small screen the vendors and the withdrawal sentence are one tap away, under More).
        const more = banner.getByRole('button', { name: lang == 'sv' ? 'Mer' : 'More', exact: true });
        if (vp.width < 720) await more.click();
        else await expect(more).toBeHidden();
        const text = await banner.innerText();
        for (const s of lang == 'sv'
          ? ['statistik', 'marknadsföring', 'Stats AB', 'Ads Inc', 'återkalla']
          : ['statistics', 'marketing', 'Stats AB', 'Ads Inc', 'withdraw']) {
          expect(text).toContain(s);
        }
        await expect(
          banner.getByRole('link', { name: lang == 'sv' ? 'Cookiepolicy' : 'Cookie policy' }),
        ).toHaveAttribute('href', '/cookies');

        const result = await axe(page, 'cookiegate-ui');
        expect(result.violations.map((v) => v.id + ': ' + v.nodes.map((n) => n.target.join(' ')).join(', '))).toEqual(
          [],
        );
        expect(result.passes.length).toBeGreaterThan(5);

        await shot(page, `banner-${lang}-${vp.width}x${vp.height}-light`);
        await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
        expect((await axe(page, 'cookiegate-ui')).violations).toEqual([]);
        const dark = await reject.evaluate(measure);
        expect(dark.contrast).toBeGreaterThanOrEqual(4.5);
        expect(dark.background).not.toBe(a.background);
        await shot(page, `banner-${lang}-${vp.width}x${vp.height}-dark`);
      });

      test(`preferences: modal dialog, nothing pre-ticked, cookie tables, no axe violations (${tag})`, async ({
        page,
        site,
      }) => {
        site.serve('/', shop(lang));
        await page.emulateMedia({ reducedMotion: 'reduce' });
        await page.goto(ORIGIN + '/');
        await ui(page).banner.getByRole('button', { name: t.customize }).click();
        const dialog = page.getByRole('dialog');
        await expect(dialog).toBeVisible();
        await expect(dialog).toHaveAttribute('aria-modal', 'true');
        await expect(dialog).toHaveAccessibleName(t.settings);
        await expect(dialog).toHaveAccessibleDescription(
          /Nödvändiga cookies är alltid på|Necessary cookies are always on/,
        );

        // C6, C8: a switch per category and per service, only the required ones on (and locked).
        const switches = dialog.getByRole('switch');
        await expect(switches).toHaveCount(6);
        const states = await switches.evaluateAll((els) =>
          els.map((e) => [e.id, (e as HTMLInputElement).checked, (e as HTMLInputElement).disabled]),
        );
        expect(states).toEqual([
          ['cg-necessary', true, true],
          ['cg-magento', true, true],
          ['cg-analytics', false, false],
          ['cg-stats', false, false],
          ['cg-marketing', false, false],
          ['cg-ads', false, false],
        ]);
        await expect(
          dialog.getByRole('switch', { name: lang == 'sv' ? 'Statistik' : 'Statistics', exact: true }),
        ).not.toBeChecked();
        expect(await dialog.innerText()).not.toMatch(/legitimate interest|berättigat intresse/i);

        // Details of a service: vendor, purpose, cookie table with lifetimes in the visitor's language.
        await dialog.locator('summary').nth(1).click();
        const table = dialog.getByRole('table').first();
        await expect(table.getByRole('columnheader')).toHaveText(
          lang == 'sv' ? ['Namn', 'Lagringstid', 'Domän', 'Ändamål'] : ['Name', 'Lifetime', 'Domain', 'Purpose'],
        );
        await expect(table.getByRole('row').nth(1).getByRole('cell')).toHaveText(
          lang == 'sv'
            ? ['_st', '2 år', 'www.shop.test', 'Skiljer besökare åt']
            : ['_st', '2 years', 'www.shop.test', 'Tells visitors apart'],
        );
        await expect(table.getByRole('row').nth(2).getByRole('cell').nth(1)).toHaveText(
          lang == 'sv' ? '1 år och 6 månader' : '1 year and 6 months',
        );

        const result = await axe(page, 'cookiegate-ui');
        expect(result.violations.map((v) => v.id + ': ' + v.nodes.map((n) => n.target.join(' ')).join(', '))).toEqual(
          [],
        );
        await shot(page, `preferences-${lang}-${vp.width}x${vp.height}-light`);
        await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
        expect((await axe(page, 'cookiegate-ui')).violations).toEqual([]);
        await shot(page, `preferences-${lang}-${vp.width}x${vp.height}-dark`);

        // Save with nothing switched on stores a refusal of everything optional.
        await dialog.getByRole('button', { name: t.save }).click();
        await expect(dialog).toBeHidden();
        await expect
          .poll(() => consentOf(page).then((c) => c?.decisions))
          .toEqual({ necessary: true, magento: true, analytics: false, stats: false, marketing: false, ads: false });
      });
    });
  }
}

test.describe('no cookie wall, closing is not consent', () => {
  test('C11: the page stays readable and usable behind the banner, with no scroll lock', async ({ page, site }) => {
    site.serve(
      '/',
      shop(
        'sv',
        {},
        '<div style="height:2000px"></div><a id="far" href="#x">längre ner</a><div style="height:2000px"></div>',
      ),
    );
    await page.setViewportSize({ width: 360, height: 640 });
    await page.goto(ORIGIN + '/');
    await expect(ui(page).banner).toBeVisible();
    const page_ = await page.evaluate(() => ({
      inert: document.body.inert || !!document.querySelector('[inert]'),
      hidden: !!document.querySelector('body[aria-hidden], main[aria-hidden]'),
      overflow: getComputedStyle(document.body).overflow + getComputedStyle(document.documentElement).overflow,
      // What is on top of the heading's centre: the heading itself, not an overlay.
      top: (() => {
        const r = document.querySelector('h1')!.getBoundingClientRect();
        return document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2)?.tagName;
      })(),
    }));
    expect(page_).toEqual({ inert: false, hidden: false, overflow: 'visiblevisible', top: 'H1' });
    // The banner covers less than half of the small screen.
    const box = (await ui(page).banner.boundingBox())!;
    expect(box.height).toBeLessThan(640 / 2);
    await page.mouse.wheel(0, 1800);
    await expect(page.locator('#far')).toBeInViewport();
    await page.locator('#far').click();
    expect(await consentOf(page)).toBeNull();
  });

  test('C12: Esc on the banner, and closing the preferences with Esc or ×, grant nothing', async ({ page, site }) => {
    site.serve('/', shop('sv', { ui: { closeButton: true } }));
    await page.goto(ORIGIN + '/');
    const { banner, prefs } = ui(page);
    await banner.getByRole('button', { name: L.sv.customize }).focus();
    await page.keyboard.press('Escape');
    await expect(banner).toBeVisible();
    await banner.getByRole('button', { name: L.sv.customize }).click();
    await expect(prefs).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(prefs).toBeHidden();
    await expect(banner).toBeVisible();
    await banner.getByRole('button', { name: L.sv.customize }).click();
    await prefs.getByRole('button', { name: L.sv.close }).click();
    await expect(prefs).toBeHidden();
    // The banner's own close button (configured): closes it, stores nothing.
    await banner.getByRole('button', { name: L.sv.close }).click();
    await expect(banner).toBeHidden();
    expect(await consentOf(page)).toBeNull();
    expect((await site.context.cookies()).map((c) => c.name)).toEqual([]);
    // It shows again on the next page.
    await page.reload();
    await expect(banner).toBeVisible();
  });

  test('no close button on the banner unless configured', async ({ page, site }) => {
    site.serve('/', shop('sv'));
    await page.goto(ORIGIN + '/');
    await expect(ui(page).banner.getByRole('button')).toHaveCount(3);
  });

  // GPC: before the click the banner says that "Accept all" keeps advertising off (issue 13);
  // the choice stays equal: three buttons, the same as without GPC.
  const GPC = {
    sv: [
      'Acceptera alla',
      'Avvisa alla',
      'Anpassa',
      'Webbläsarens GPC-signal respekteras: reklam förblir avstängd även om du väljer ”Acceptera alla”.',
    ],
    en: [
      'Accept all',
      'Reject all',
      'Customize',
      'Your browser’s GPC signal is respected: advertising stays off even if you choose “Accept all”.',
    ],
    da: [
      'Accepter alle',
      'Afvis alle',
      'Tilpas',
      'Browserens GPC-signal respekteres: reklame forbliver slået fra, også hvis du vælger »Accepter alle«.',
    ],
  } as const;
  for (const lang of ['sv', 'en', 'da'] as const) {
    test(`GPC (${lang}): the banner says before the click that "accept all" keeps advertising off; nothing is granted by the signal; no axe violations`, async ({
      page,
      site,
    }) => {
      const [accept, reject, customize, line] = GPC[lang];
      await page.addInitScript(() =>
        Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true }),
      );
      site.serve('/', shop(lang as Lang));
      await page.goto(ORIGIN + '/');
      await expect(ui(page).banner).toContainText(line);
      await expect(ui(page).banner.getByRole('button')).toHaveText([accept, reject, customize]);
      expect((await axe(page, 'cookiegate-ui')).violations.map((v) => v.id)).toEqual([]);
      if (lang == 'sv') {
        await ui(page).banner.getByRole('button', { name: customize }).click();
        await expect(ui(page).prefs).toContainText(line);
        expect(await ui(page).prefs.getByRole('switch', { checked: true }).count()).toBe(2);
        expect((await axe(page, 'cookiegate-ui')).violations.map((v) => v.id)).toEqual([]);
      }
      expect(await consentOf(page)).toBeNull();
    });
  }
});
