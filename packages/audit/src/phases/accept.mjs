/**
 * Accept all, then withdrawal through the site's own re-open control on another page
 * (C13), and what the withdrawal leaves behind (C14). Also the consent cookie's lifetime
 * (C16) and, where the page names a proof server, the receipt of these decisions (C18).
 */
import { findBanner, findControl, visibleButtons, waitForControl } from '../banner.mjs';
import { findPages } from '../crawl.mjs';
import { openSession, settle, visit } from '../session.mjs';
import { siteState } from '../site-state.mjs';
import { afterClick, clickControl } from './actions.mjs';

/**
 * Runs the phase at one viewport; returns its evidence.
 *
 * @example
 * const ev = await acceptPhase({ browser, url, viewport, limits, offline: true, otherPage });
 */
export async function acceptPhase({ browser, url, viewport, limits, offline, otherPage, proofs = false }) {
  const s = await openSession(browser, { url, viewport, limits, offline });
  const { page, rec } = s;
  try {
    await visit(page, url, limits);
    const before = await rec.snapshot(page);
    rec.phase = 'after accept';
    const clicked = await clickControl(page, 'accept', ['button'], limits.actionMs);
    if (!clicked) return { ok: true, clicked: null, rec };
    await afterClick(page, limits);
    await settle(page, limits.settleMs);
    const cookies = await rec.snapshot(page);
    const state = await siteState(page);
    const known = new Set(before.map((c) => c.name));
    const newFirstParty = cookies.filter((c) => c.firstParty && !known.has(c.name) && !c.tracker);
    const consentCookie = state.config?.cookie
      ? cookies.find((c) => c.name == state.config.cookie.name)
      : (newFirstParty.find((c) => /consent|cookie|cmp|gdpr|optanon|cookiebot/i.test(c.name)) ?? newFirstParty[0]);
    const out = {
      ok: true,
      clicked,
      cookies,
      trackers: rec.requests.filter((r) => r.phase == 'after accept' && r.tracker),
      state,
      consentCookie,
      rec,
    };

    // C13: another page, the site's own control, then reject or withdraw in it.
    otherPage ??= (await findPages(page, url, 3)).find((p) => p.kind != 'policy')?.url;
    rec.phase = 'withdrawal';
    if (otherPage) await page.goto(otherPage, { waitUntil: 'load' }).catch(() => {});
    else await page.reload({ waitUntil: 'load' }).catch(() => {});
    await settle(page, Math.min(limits.settleMs, 2000));
    const steps = [];
    let control = await findControl(page, 'settings', ['button', 'link']);
    if (!control) control = await findControl(page, 'customize', ['button', 'link']);
    if (control) {
      await control.locator.click().then(
        () => steps.push(`clicked ${control.role} “${control.name}”`),
        (e) =>
          steps.push(
            `could not click “${control.name}”: ${e.message
              .split('\n')
              .filter((l) => /intercepts|Timeout/.test(l))
              .slice(0, 2)
              .join(' ')}`,
          ),
      );
      const found = await waitForControl(page, ['reject', 'withdraw'], ['button'], limits.actionMs);
      const withdraw = found && (await clickControl(page, found.kind));
      if (withdraw && !withdraw.error) steps.push(`clicked “${withdraw.name}”`);
      else steps.push(`buttons shown then: ${(await visibleButtons(page)).map((n) => `“${n}”`).join(', ') || 'none'}`);
      out.withdrawn = !!withdraw && !withdraw.error;
    } else out.withdrawn = false;
    out.control = control && { name: control.name, role: control.role };
    out.steps = steps;

    // C14: what is left after the withdrawal (and one reload, as an SDK may need).
    await afterClick(page, limits);
    await page.reload({ waitUntil: 'load' }).catch(() => {});
    rec.phase = 'after withdrawal';
    const mark = rec.requests.length;
    await settle(page, limits.settleMs);
    await page.waitForTimeout(limits.observeMs);
    out.afterWithdrawal = {
      cookies: await rec.snapshot(page),
      trackers: rec.trackersSince(mark),
      state: await siteState(page),
      bannerShown: (await findBanner(page)).shown,
    };
    if (proofs && state.config?.proofEndpoint)
      out.receipt = await page
        .evaluate(() => window.cookiegate.receipt())
        .catch((e) => ({ error: String(e.message || e) }));
    return out;
  } catch (e) {
    return { ok: false, error: e.message, rec };
  } finally {
    await s.close();
  }
}
