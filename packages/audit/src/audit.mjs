/**
 * `cookiegate audit <url>`: runs the phases at each viewport in a real Chromium and judges
 * C1–C22 from what they recorded.
 */
import { launch } from './browser.mjs';
import { judgeAll } from './checks/index.mjs';
import { verifyAuditReceipt } from './checks/proof.mjs';
import { DEFAULTS, parseTarget } from './options.mjs';
import { acceptPhase } from './phases/accept.mjs';
import { beforePhase } from './phases/before.mjs';
import { closePhase } from './phases/close.mjs';
import { expiryPhase } from './phases/expiry.mjs';
import { gpcPhase } from './phases/gpc.mjs';
import { preferencesPhase } from './phases/preferences.mjs';
import { rejectPhase } from './phases/reject.mjs';
import { revisionPhase } from './phases/revision.mjs';
import { runPool, within } from './pool.mjs';
import { collect } from './report/collect.mjs';

const label = (v) => `${v.width}×${v.height}`;

/**
 * Audits a site. Options: `viewports`, `pages`, `limits`, `offline` (answer other hosts
 * locally), `parallel`, `chromium` (path) or `browser` (a launched one), `onProgress`.
 * Resolves with the report (see README: `url`, `startedAt`, `checks`, `requests`,
 * `cookies`, `storage`, …); a site that cannot be audited gives a report with `error` and
 * every item "n/a".
 *
 * @example
 * const report = await audit('https://shop.example/', { onProgress: console.error });
 * report.checks.filter((c) => c.status == 'fail');
 */
export async function audit(target, options = {}) {
  const url = parseTarget(target);
  const o = { ...DEFAULTS, ...options, limits: { ...DEFAULTS.limits, ...options.limits } };
  const startedAt = new Date();
  const progress = o.onProgress ?? (() => {});
  const browser = o.browser ?? (await launch({ chromium: o.chromium }));
  try {
    const base = { browser, url, limits: o.limits, offline: o.offline };
    let done = 0;
    // before, reject, accept, preferences and close at each viewport; three phases once.
    const total = o.viewports.length * 5 + 3;
    const phase = (name, fn, args) => async () => {
      const t = Date.now();
      const r = await within(fn({ ...base, ...args }), o.limits.phaseMs, () => ({
        ok: false,
        error: `${name} took longer than ${o.limits.phaseMs} ms`,
      }));
      progress(
        `[${++done}/${total}] ${name}${args.viewport ? ' @ ' + label(args.viewport) : ''} (${((Date.now() - t) / 1000).toFixed(1)} s)${r.ok ? '' : ': ' + r.error}`,
      );
      return r;
    };
    const main = o.viewports[o.viewports.length - 1];
    // Every phase in one pool: their waits overlap, and a site that cannot be loaded fails
    // each phase quickly.
    const tasks = [
      ...o.viewports.map((viewport) => phase('before consent', beforePhase, { viewport, maxPages: o.pages })),
      ...o.viewports.flatMap((viewport) => [
        phase('reject all', rejectPhase, { viewport }),
        phase('accept all, then withdraw', acceptPhase, { viewport, proofs: viewport == main }),
        phase('preferences', preferencesPhase, { viewport }),
        phase('close', closePhase, { viewport }),
      ]),
      phase('Global Privacy Control', gpcPhase, { viewport: main }),
      phase('consent expiry (fake clock)', expiryPhase, { viewport: main }),
      phase('new config revision', revisionPhase, { viewport: main }),
    ];
    const results = await runPool(tasks, o.parallel);
    const befores = results.slice(0, o.viewports.length);
    const failed = befores.find((b) => !b.ok);
    if (failed && befores.every((b) => !b.ok))
      return collect({ url, startedAt, options: o, error: failed.error, viewports: [] });
    const perViewport = results.slice(o.viewports.length, o.viewports.length * 5);
    const viewports = o.viewports.map((v, i) => {
      const [reject, accept, prefs, close] = perViewport.slice(i * 4, i * 4 + 4);
      return { label: label(v), before: befores[i], reject, accept, prefs, close };
    });
    const [gpc, expiry, revision] = results.slice(o.viewports.length * 5);
    const config = befores.find((b) => b.ok)?.first.state.config ?? null;
    const mainAccept = viewports[viewports.length - 1].accept;
    const verification =
      config?.proofEndpoint && mainAccept?.receipt
        ? await verifyAuditReceipt(mainAccept.receipt, config.proofEndpoint)
        : null;
    const checks = judgeAll({ viewports, gpc, expiry, revision, verification, config });
    return collect({ url, startedAt, options: o, viewports, extra: [gpc, expiry, revision], checks, config });
  } finally {
    if (!o.browser) await browser.close().catch(() => {});
  }
}
