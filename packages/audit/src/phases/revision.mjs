/**
 * A new config revision asks again (C17), for pages with cookiegate: accept, then serve the
 * same pages with the config's `revision` raised by one and a vendor added to its first
 * optional category (as a site does when it adds one); the banner must be shown again, since
 * consent is specific to the vendors asked about. (A revision that changes nothing the
 * visitor decided on asks nobody: cookiegate re-asks only about what is new to them.)
 */
import { findBanner } from '../banner.mjs';
import { openSession, settle, visit } from '../session.mjs';
import { afterClick, clickControl } from './actions.mjs';

const CONFIG = /(<script[^>]*id=["']cookiegate-config["'][^>]*>)([\s\S]*?)(<\/script>)/i;

/**
 * Runs the phase at one viewport; returns its evidence (`applicable: false` without an
 * inline cookiegate config).
 *
 * @example
 * const ev = await revisionPhase({ browser, url, viewport, limits, offline: true });
 */
export async function revisionPhase({ browser, url, viewport, limits, offline }) {
  const s = await openSession(browser, { url, viewport, limits, offline });
  const { page, rec, context } = s;
  try {
    await visit(page, url, limits);
    const html = await page.content();
    if (!CONFIG.test(html)) return { ok: true, applicable: false, rec };
    rec.phase = 'after accept';
    const clicked = await clickControl(page, 'accept', ['button'], limits.actionMs);
    if (!clicked) return { ok: true, applicable: true, clicked: null, rec };
    await afterClick(page, limits);
    const origin = new URL(url).origin;
    let bumped = null;
    await context.route(
      (u) => u.origin == origin,
      async (route) => {
        if (route.request().resourceType() != 'document') return route.fallback();
        const res = await route.fetch();
        const body = (await res.text()).replace(CONFIG, (all, open, json, close) => {
          try {
            const config = JSON.parse(json);
            config.revision = Number(config.revision) + 1;
            bumped = config.revision;
            const category = Object.keys(config.categories || {}).find((c) => !config.categories[c]?.required);
            if (category) config.services = { ...config.services, auditvendor: { category, vendor: 'Audit Vendor' } };
            // The old data-checked fingerprint no longer fits: let the browser check it.
            return open.replace(/\sdata-checked=["'][^"']*["']/, '') + JSON.stringify(config) + close;
          } catch {
            return all;
          }
        });
        return route.fulfill({ response: res, body });
      },
    );
    rec.phase = 'new revision';
    await page.reload({ waitUntil: 'load' }).catch(() => {});
    await settle(page, Math.min(limits.settleMs, 2000));
    return { ok: true, applicable: true, clicked, revision: bumped, bannerShown: (await findBanner(page)).shown, rec };
  } catch (e) {
    return { ok: false, error: e.message, rec };
  } finally {
    await s.close();
  }
}
