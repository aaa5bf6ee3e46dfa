/**
 * Before any interaction: the first load (C1, C2, C19, C21), the banner as first shown
 * (C4's visibility, C5, C9, C10, C11, C22, screenshots), then scrolling, three navigations
 * and a wait (C3).
 */
import { axeBanner, keyboardReach } from '../a11y.mjs';
import { findBanner, measureBanner, measureWall, waitForControl } from '../banner.mjs';
import { findPages, pageText } from '../crawl.mjs';
import { openSession, settle, visit } from '../session.mjs';
import { siteState } from '../site-state.mjs';
import { mentions } from '../vocabulary.mjs';

/**
 * Runs the phase at one viewport; returns its evidence.
 *
 * @example
 * const ev = await beforePhase({ browser, url, viewport, limits, offline: true });
 */
export async function beforePhase({ browser, url, viewport, limits, offline, maxPages = 3 }) {
  const s = await openSession(browser, { url, viewport, limits, offline });
  const { page, rec } = s;
  try {
    await visit(page, url, limits);
    const first = { cookies: await rec.snapshot(page), trackers: rec.trackersSince(0), state: await siteState(page) };
    // From here on the audit interacts (Tab, scrolling, navigation): C3's part.
    rec.phase = 'browsing';
    const mark = rec.requests.length;
    // A banner drawn late (a consent tool loading its UI) gets a moment more.
    await waitForControl(page, ['accept', 'reject'], ['button', 'link'], Math.min(limits.actionMs, 3000));
    const banner = await findBanner(page);
    const measured = await measureBanner(page, banner);
    const wall = await measureWall(page);
    const screenshot = (await page.screenshot({ type: 'jpeg', quality: 60 }).catch(() => null))?.toString('base64');
    const keyboard = banner.shown ? await keyboardReach(page) : null;
    const axe = banner.shown ? await axeBanner(page, (banner.accept ?? banner.reject).locator) : [];
    const pages = await findPages(page, url, maxPages);
    // Information before consent (C9): the banner's text and the policy page it links to
    // (or the first policy page linked from the site), read without consenting.
    const policyUrl =
      measured.links.find((l) => /cookie|integritet|privacy|policy|datenschutz/i.test(l)) ??
      pages.find((p) => p.kind == 'policy')?.url;
    const policyText = policyUrl ? await pageText(s.context.request, policyUrl) : '';

    // C3: scroll, three navigations, wait; nothing may become granted.
    await page.mouse.wheel(0, 4000).catch(() => {});
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight)).catch(() => {});
    await page.waitForTimeout(500);
    const visited = [];
    for (const p of pages.slice(0, 3)) {
      try {
        await page.goto(p.url, { waitUntil: 'load', timeout: limits.navigationMs });
        await page.mouse.wheel(0, 4000).catch(() => {});
        await settle(page, Math.min(limits.settleMs, 2000));
        visited.push(p);
      } catch (e) {
        visited.push({ ...p, error: e.message.split('\n')[0] });
      }
    }
    await page.waitForTimeout(limits.observeMs);
    const after = {
      cookies: await rec.snapshot(page),
      trackers: rec.trackersSince(mark),
      state: await siteState(page),
      bannerShown: (await findBanner(page)).shown,
    };
    return {
      ok: true,
      first,
      banner: {
        shown: banner.shown,
        accept: banner.accept && { name: banner.accept.name, role: banner.accept.role, ...measured.controls[0] },
        reject: banner.reject && { name: banner.reject.name, role: banner.reject.role, ...measured.controls[1] },
        customize: banner.customize && { name: banner.customize.name, role: banner.customize.role },
        close: banner.close && { name: banner.close.name },
        text: measured.bannerText,
        lang: measured.bannerLang,
        htmlLang: measured.htmlLang,
        mentionsWithdrawal: mentions('withdrawText').test(measured.bannerText),
        measureError: measured.error,
      },
      wall,
      keyboard,
      axe,
      screenshot,
      policy: policyUrl ? { url: policyUrl, text: policyText } : null,
      pages,
      visited,
      after,
      rec,
    };
  } catch (e) {
    return { ok: false, error: e.message, rec };
  } finally {
    await s.close();
  }
}
