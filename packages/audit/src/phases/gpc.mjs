/**
 * Global Privacy Control (C20): a visitor whose browser sends `Sec-GPC: 1` and sets
 * `navigator.globalPrivacyControl`. Nothing for marketing may be granted without a click,
 * and a decision made then must record the signal.
 */
import { findBanner } from '../banner.mjs';
import { openSession, settle, visit } from '../session.mjs';
import { siteState } from '../site-state.mjs';
import { afterClick, clickControl } from './actions.mjs';

/**
 * Runs the phase at one viewport; returns its evidence.
 *
 * @example
 * const ev = await gpcPhase({ browser, url, viewport, limits, offline: true });
 */
export async function gpcPhase({ browser, url, viewport, limits, offline }) {
  const s = await openSession(browser, { url, viewport, limits, offline, gpc: true });
  const { page, rec } = s;
  try {
    rec.phase = 'with GPC';
    await visit(page, url, limits);
    await page.waitForTimeout(Math.min(limits.observeMs, 3000));
    const out = {
      ok: true,
      trackers: rec.trackersSince(0),
      cookies: (await rec.snapshot(page)).filter((c) => c.tracker),
      state: await siteState(page),
      bannerShown: (await findBanner(page)).shown,
      rec,
    };
    if (out.state.cookiegate && out.bannerShown) {
      rec.phase = 'with GPC, after reject';
      await clickControl(page, 'reject', ['button'], limits.actionMs);
      await afterClick(page, limits);
      await settle(page, 1000);
      out.recorded = (await siteState(page)).consent;
    }
    return out;
  } catch (e) {
    return { ok: false, error: e.message, rec };
  } finally {
    await s.close();
  }
}
