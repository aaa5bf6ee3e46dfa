/**
 * Consent does not last for ever (C16): accept, then move the clock past the consent's
 * expiry (at most 13 months and a day): the banner must be shown again and trackers stop.
 */
import { findBanner } from '../banner.mjs';
import { openSession, settle, visit } from '../session.mjs';
import { afterClick, clickControl, jumpDays } from './actions.mjs';

/**
 * Runs the phase at one viewport; returns its evidence.
 *
 * @example
 * const ev = await expiryPhase({ browser, url, viewport, limits, offline: true });
 */
export async function expiryPhase({ browser, url, viewport, limits, offline }) {
  const s = await openSession(browser, { url, viewport, limits, offline, clock: true });
  const { page, rec, context } = s;
  try {
    await visit(page, url, limits);
    rec.phase = 'after accept';
    const clicked = await clickControl(page, 'accept', ['button'], limits.actionMs);
    if (!clicked) return { ok: true, clicked: null, rec };
    await afterClick(page, limits);
    const days = 13 * 31 + 1;
    // Leave the page first: its last beacons belong to the consented visit, not to the
    // visit 13 months later.
    await page.goto('about:blank').catch(() => {});
    await jumpDays(context, days);
    rec.phase = `${days} days later`;
    const mark = rec.requests.length;
    await page.goto(url, { waitUntil: 'load' }).catch(() => {});
    await settle(page, limits.settleMs);
    return {
      ok: true,
      clicked,
      days,
      bannerShown: (await findBanner(page)).shown,
      trackers: rec.trackersSince(mark),
      rec,
    };
  } catch (e) {
    return { ok: false, error: e.message, rec };
  } finally {
    await s.close();
  }
}
