/**
 * `cookiegate scan <url>`: visits the site and its pages with everything accepted, records
 * what runs, and drafts a config (with drift against an existing one).
 */
import { launch } from '../browser.mjs';
import { findPages } from '../crawl.mjs';
import { DEFAULTS, parseTarget } from '../options.mjs';
import { clickControl } from '../phases/actions.mjs';
import { within } from '../pool.mjs';
import { openSession, settle, visit } from '../session.mjs';
import { siteState } from '../site-state.mjs';
import { draftConfig } from './draft.mjs';
import { drift } from './drift.mjs';

async function crawlAccepted({ browser, url, o, progress }) {
  const viewport = o.viewports[o.viewports.length - 1];
  const s = await openSession(browser, { url, viewport, limits: o.limits, offline: o.offline });
  const { page, rec } = s;
  try {
    await visit(page, url, o.limits);
    const state = await siteState(page);
    const pages = await findPages(page, url, o.pages);
    rec.phase = 'after accept';
    const accepted = await clickControl(page, 'accept', ['button'], o.limits.actionMs);
    progress(accepted ? `accepted with “${accepted.name}”` : 'no accept control found: recording without consent');
    await settle(page, o.limits.settleMs);
    for (const p of pages) {
      await page.goto(p.url, { waitUntil: 'load' }).catch(() => {});
      await settle(page, Math.min(o.limits.settleMs, 3000));
      await rec.snapshot(page);
      progress(`visited ${p.url}`);
    }
    await page.goto(url, { waitUntil: 'load' }).catch(() => {});
    await settle(page, o.limits.settleMs);
    await rec.snapshot(page);
    return { ok: true, accepted, pages, rec, consentCookie: state.config?.cookie?.name };
  } catch (e) {
    return { ok: false, error: e.message };
  } finally {
    await s.close();
  }
}

/**
 * Scans a site: `{ draft, drift?, seen }`, or `{ error }` when the site cannot be scanned.
 * Options as for `audit`, plus `config` (an existing config to compare with).
 *
 * @example
 * const { draft, drift } = await scan('https://shop.example/', { config });
 */
export async function scan(target, options = {}) {
  const url = parseTarget(target);
  const o = { ...DEFAULTS, ...options, limits: { ...DEFAULTS.limits, ...options.limits } };
  const progress = o.onProgress ?? (() => {});
  const browser = o.browser ?? (await launch({ chromium: o.chromium }));
  try {
    const r = await within(crawlAccepted({ browser, url, o, progress }), o.limits.phaseMs, () => ({
      ok: false,
      error: `the scan took longer than ${o.limits.phaseMs} ms`,
    }));
    if (!r.ok) return { error: r.error };
    const seen = {
      url,
      requests: r.rec.requests,
      // cookiegate's own consent cookie is not a service of the site.
      cookies: [...r.rec.cookies.values()].filter((c) => c.name != r.consentCookie),
      storage: [...r.rec.storage.values()],
      policyUrl: r.pages.find((p) => p.kind == 'policy')?.url,
      accepted: r.accepted,
    };
    const draft = draftConfig(seen);
    return { draft, drift: o.config ? drift(o.config, seen) : undefined, seen };
  } finally {
    if (!o.browser) await browser.close().catch(() => {});
  }
}
