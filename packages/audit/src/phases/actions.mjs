/**
 * What the phases do to a page: click a banner control, move the fake clock (expiring the
 * cookies the browser would have dropped by then).
 */
import { findControl, waitForControl } from '../banner.mjs';

/**
 * Clicks the first visible control of a kind (waiting up to `waitMs` for it to appear);
 * returns what was clicked, or `null`.
 *
 * @example
 * await clickControl(page, 'reject', ['button', 'link']); // { name: 'Avvisa alla', role: 'button' }
 */
export async function clickControl(page, kind, roles = ['button'], waitMs = 0) {
  const c = waitMs ? await waitForControl(page, [kind], roles, waitMs) : await findControl(page, kind, roles);
  if (!c) return null;
  try {
    await c.locator.click();
  } catch (e) {
    return { name: c.name, role: c.role, error: e.message.split('\n')[0] };
  }
  return { name: c.name, role: c.role };
}

/**
 * Moves the page clock `days` ahead of the real time and deletes the cookies that would
 * have expired by then (Chromium expires cookies by the real clock, not the page's).
 *
 * @example
 * await jumpDays(context, 30);
 */
export async function jumpDays(context, days) {
  const at = Date.now() + days * 864e5;
  for (const c of await context.cookies())
    if (c.expires > 0 && c.expires * 1000 <= at)
      await context.clearCookies({ name: c.name, domain: c.domain, path: c.path });
  await context.clock.setSystemTime(at);
  return at;
}

/**
 * Waits for the navigation a click may start (a reload after a withdrawal), then for load.
 *
 * @example
 * await afterClick(page, limits);
 */
export async function afterClick(page, limits) {
  await page.waitForTimeout(300);
  await page.waitForLoadState('load', { timeout: limits.navigationMs }).catch(() => {});
}
