/**
 * Closing the banner with its "×" (C12): nothing may become granted.
 */
import { findBanner, waitForControl } from '../banner.mjs';
import { openSession, settle, visit } from '../session.mjs';
import { siteState } from '../site-state.mjs';
import { afterClick, clickControl } from './actions.mjs';

/**
 * Runs the phase at one viewport; returns its evidence (`clicked: null` when the banner has
 * no close control).
 *
 * @example
 * const ev = await closePhase({ browser, url, viewport, limits, offline: true });
 */
export async function closePhase({ browser, url, viewport, limits, offline }) {
  const s = await openSession(browser, { url, viewport, limits, offline });
  const { page, rec } = s;
  try {
    await visit(page, url, limits);
    rec.phase = 'after close';
    const mark = rec.requests.length;
    // Only a banner has a close control worth waiting for.
    const clicked =
      (await waitForControl(page, ['accept', 'reject'], ['button', 'link'], limits.actionMs)) &&
      (await clickControl(page, 'close'));
    if (!clicked) return { ok: true, clicked: null, rec };
    await afterClick(page, limits);
    await page.waitForTimeout(limits.observeMs);
    // The next page view too: a dismissal must not have been stored as consent.
    await page.reload({ waitUntil: 'load' }).catch(() => {});
    await settle(page, Math.min(limits.settleMs, 2000));
    return {
      ok: true,
      clicked,
      trackers: rec.trackersSince(mark),
      cookies: (await rec.snapshot(page)).filter((c) => c.tracker),
      state: await siteState(page),
      bannerShownAgain: (await findBanner(page)).shown,
      rec,
    };
  } catch (e) {
    return { ok: false, error: e.message, rec };
  } finally {
    await s.close();
  }
}
