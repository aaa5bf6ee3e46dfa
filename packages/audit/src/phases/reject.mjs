/**
 * Reject all on the first layer (C4), then the refusal over time (C15): the clock moved 1,
 * 30 and 179 days ahead.
 */
import { bannerCloses, findBanner, waitForControl } from '../banner.mjs';
import { openSession, visit } from '../session.mjs';
import { siteState } from '../site-state.mjs';
import { afterClick, clickControl, jumpDays } from './actions.mjs';

/**
 * Runs the phase at one viewport; returns its evidence.
 *
 * @example
 * const ev = await rejectPhase({ browser, url, viewport, limits, offline: true, remember: true });
 */
export async function rejectPhase({ browser, url, viewport, limits, offline, remember = true }) {
  const s = await openSession(browser, { url, viewport, limits, offline, clock: remember });
  const { page, rec, context } = s;
  try {
    await visit(page, url, limits);
    rec.phase = 'after reject';
    const mark = rec.requests.length;
    const clicked = await clickControl(page, 'reject', ['button', 'link'], limits.actionMs);
    if (!clicked) return { ok: true, clicked: null, rec };
    await afterClick(page, limits);
    const t = Date.now();
    const closedAtOnce = await bannerCloses(page, limits.actionMs);
    const closedAfterMs = closedAtOnce ? Date.now() - t : null;
    await page.waitForTimeout(limits.observeMs);
    // A banner that closed only while the audit watched the page closed all the same.
    const left = closedAtOnce ? null : await findBanner(page);
    const bannerClosed = closedAtOnce || !left.shown;
    const out = {
      ok: true,
      clicked,
      bannerClosed,
      closedAfterMs: closedAfterMs ?? (bannerClosed ? `more than ${limits.actionMs}` : null),
      stillShown: left?.shown ? [left.accept?.name, left.reject?.name].filter(Boolean) : null,
      trackers: rec.trackersSince(mark),
      cookies: await rec.snapshot(page),
      state: await siteState(page),
      remembered: [],
      rec,
    };
    if (remember) {
      for (const days of [1, 30, 179]) {
        await jumpDays(context, days);
        await page.reload({ waitUntil: 'load' }).catch(() => {});
        // A banner drawn late must not be missed: wait for one as long as a page settles.
        const shown = !!(await waitForControl(
          page,
          ['accept', 'reject'],
          ['button', 'link'],
          Math.min(limits.settleMs, 2000),
        ));
        out.remembered.push({ days, bannerShown: shown });
      }
    }
    return out;
  } catch (e) {
    return { ok: false, error: e.message, rec };
  } finally {
    await s.close();
  }
}
