/**
 * A fresh browser context for one phase at one viewport: no storage, Swedish locale, the
 * recorder attached, optionally Global Privacy Control, a fake clock, and (offline) every
 * other host answered locally so that nothing leaves the machine.
 */
import { record } from './recorder.mjs';

/** A problem with the site itself (unreachable, not HTML, never settles): the audit reports it. */
export class SiteError extends Error {}

// What an offline audit answers for another host: an empty body of the requested kind.
const EMPTY = {
  script: ['application/javascript', ''],
  stylesheet: ['text/css', ''],
  document: ['text/html', '<!doctype html><title></title>'],
};

/**
 * Opens a context and page for a phase.
 *
 * @example
 * const s = await openSession(browser, { url, viewport: { width: 360, height: 640 }, limits });
 * await visit(s.page, url, limits);
 * await s.close();
 */
export async function openSession(
  browser,
  { url, viewport, limits, gpc = false, clock = false, offline = false, label = '' },
) {
  const context = await browser.newContext({
    viewport,
    locale: 'sv-SE',
    extraHTTPHeaders: gpc ? { 'Sec-GPC': '1' } : undefined,
  });
  context.setDefaultTimeout(limits.actionMs);
  context.setDefaultNavigationTimeout(limits.navigationMs);
  const rec = await record(context, url, { viewport: `${viewport.width}×${viewport.height}` });
  if (gpc)
    await context.addInitScript(() =>
      Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true, configurable: true }),
    );
  if (clock) await context.clock.install({ time: Date.now() });
  if (offline) {
    const origin = new URL(url).origin;
    await context.route(
      (u) => u.origin != origin && /^https?:$/.test(u.protocol),
      (route) => {
        const [contentType, body] = EMPTY[route.request().resourceType()] ?? ['text/plain', ''];
        return route.fulfill({ status: contentType == 'text/plain' ? 204 : 200, contentType, body }).catch(() => {});
      },
    );
  }
  const page = await context.newPage();
  return { context, page, rec, label, close: () => context.close().catch(() => {}) };
}

/**
 * Navigates and lets the page settle: `load`, then network idle (bounded by
 * `limits.settleMs`). Throws {@link SiteError} when the site cannot be audited.
 *
 * @example
 * await visit(page, 'https://shop.example/', { navigationMs: 15000, settleMs: 3000 });
 */
export async function visit(page, url, limits) {
  let response;
  try {
    response = await page.goto(url, { waitUntil: 'load', timeout: limits.navigationMs });
  } catch (e) {
    const reason = /Timeout/.test(e.message)
      ? `did not finish loading within ${limits.navigationMs} ms`
      : e.message.split('\n')[0].replace(/^page\.goto: /, '');
    throw new SiteError(`${url}: ${reason}`);
  }
  if (response) {
    const type = response.headers()['content-type'] ?? '';
    if (!/html/i.test(type))
      throw new SiteError(`${url}: answered ${response.status()} with ${type || 'no content type'}, not an HTML page`);
    if (response.status() >= 400) throw new SiteError(`${url}: answered HTTP ${response.status()}`);
  }
  await settle(page, limits.settleMs);
  return response;
}

/**
 * Waits for network idle, at most `ms`, then half as long again for late timers (the
 * checklist's C1 waits "network idle plus 5 s"). A page that never settles is not an
 * error: the time limit is the point.
 *
 * @example
 * await settle(page, 3000);
 */
export async function settle(page, ms) {
  await page.waitForLoadState('networkidle', { timeout: ms }).catch(() => {});
  await page.waitForTimeout(Math.round(ms / 2)).catch(() => {});
}
