/**
 * Isolation: the host page's CSS cannot break the banner, a strict CSP page works with no
 * violation, the banner causes no layout shift and respects reduced motion.
 */
import { expect, ORIGIN, test } from '../harness';
import { consentOf, L, shop, ui } from './fixtures';

test('aggressive host CSS (* { all: revert }, button { display: none }) does not break the banner', async ({
  page,
  site,
}) => {
  const css = `<style>* { all: revert !important; } button { display: none !important; } div, section, dialog { display: none; }
    body * { font-size: 40px; color: red !important; background: yellow; } cookiegate-ui { transform: scale(0.1); opacity: 0.1; }</style>`;
  site.serve('/', shop('sv', {}, '', css));
  await page.setViewportSize({ width: 360, height: 640 });
  await page.goto(ORIGIN + '/');
  const { banner } = ui(page);
  await expect(banner).toBeVisible();
  const reject = banner.getByRole('button', { name: L.sv.reject });
  await expect(reject).toBeInViewport({ ratio: 1 });
  const style = await reject.evaluate((el) => ({
    display: getComputedStyle(el).display,
    size: getComputedStyle(el).fontSize,
    color: getComputedStyle(el).color,
  }));
  expect(style.display).not.toBe('none');
  // Our own size (the buttons' 13 px on a small screen), not the host's 40 px.
  expect(style.size).toBe('13px');
  expect(style.color).toBe('rgb(255, 255, 255)');
  expect(
    await page
      .locator('cookiegate-ui')
      .evaluate((el) => getComputedStyle(el).opacity + ' ' + getComputedStyle(el).transform),
  ).toBe('1 none');
  await reject.click();
  await expect(banner).toBeHidden();
  expect((await consentOf(page)).decisions.ads).toBe(false);
  await expect(ui(page).fab).toBeVisible();
});

test('a strict Content-Security-Policy page works with no violation', async ({ page, site }) => {
  const csp = "default-src 'self'; script-src 'self'; style-src 'self'";
  // The config is JSON (not script), which script-src does not govern.
  site.serve('/', shop('sv'), 'text/html; charset=utf-8', { 'Content-Security-Policy': csp });
  await page.addInitScript(() => {
    (window as any).violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as any).violations.push(e.violatedDirective + ' ' + e.blockedURI),
    );
  });
  const messages: string[] = [];
  page.on('console', (m) => messages.push(m.text()));
  await page.goto(ORIGIN + '/');
  const { banner, prefs, fab } = ui(page);
  await expect(banner).toBeVisible();
  // Styled: constructable stylesheets are not blocked by style-src.
  expect(await banner.evaluate((el) => getComputedStyle(el).position)).toBe('fixed');
  await banner.getByRole('button', { name: L.sv.customize }).click();
  await expect(prefs).toBeVisible();
  await prefs.getByRole('button', { name: L.sv.accept }).click();
  await expect(fab).toBeVisible();
  await page.reload();
  await fab.click();
  await expect(prefs).toBeVisible();
  expect(await page.evaluate(() => (window as any).violations)).toEqual([]);
  expect(messages.filter((m) => /Content Security Policy|Refused/.test(m))).toEqual([]);
});

test('no layout shift from the banner (CLS 0), and the page paints before the UI arrives', async ({ page, site }) => {
  await page.addInitScript(() => {
    (window as any).shifts = 0;
    new PerformanceObserver((l) => l.getEntries().forEach((e: any) => ((window as any).shifts += e.value))).observe({
      type: 'layout-shift',
      buffered: true,
    });
  });
  site.serve('/', shop('sv', {}, '<p>' + 'Text i butiken. '.repeat(200) + '</p>'));
  await page.goto(ORIGIN + '/');
  await expect(ui(page).banner).toBeVisible();
  await page.waitForTimeout(500);
  expect(await page.evaluate(() => (window as any).shifts)).toBe(0);
  const paints = await page.evaluate(() => performance.getEntriesByType('paint').map((p) => p.name));
  expect(paints).toContain('first-contentful-paint');
});

test('reduced motion: no animation', async ({ page, site }) => {
  site.serve('/', shop('sv'));
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(ORIGIN + '/');
  expect(await ui(page).banner.evaluate((el) => getComputedStyle(el).animationName)).toBe('none');
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  expect(await ui(page).banner.evaluate((el) => getComputedStyle(el).animationName)).not.toBe('none');
});
