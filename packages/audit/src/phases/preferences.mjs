/**
 * The second layer as first opened (C6, C7), its per-category controls and what "save"
 * stores (C8), and a screenshot of it.
 */
import { findControl, waitForControl } from '../banner.mjs';
import { openSession, visit } from '../session.mjs';
import { siteState } from '../site-state.mjs';
import { afterClick, clickControl } from './actions.mjs';

// The visible switches and checkboxes with their state, across shadow roots.
async function switches(page) {
  const out = [];
  for (const role of ['switch', 'checkbox']) {
    const l = page.getByRole(role).filter({ visible: true });
    const n = Math.min(await l.count().catch(() => 0), 40);
    for (let i = 0; i < n; i++) {
      const el = l.nth(i);
      const facts = await el
        .evaluate((e) => {
          const id = e.id;
          const root = e.getRootNode();
          const label = (
            e.getAttribute('aria-label') ||
            (id && root.querySelector?.(`label[for="${id}"]`)?.innerText) ||
            e.closest('label')?.innerText ||
            e.parentElement?.innerText ||
            ''
          ).trim();
          const checked = e.getAttribute('aria-checked') == 'true' || (e instanceof HTMLInputElement && e.checked);
          return {
            name: label.replace(/\s+/g, ' ').slice(0, 80),
            checked,
            disabled: e.disabled || e.getAttribute('aria-disabled') == 'true',
          };
        })
        .catch(() => null);
      if (facts) out.push({ ...facts, role, index: i });
    }
  }
  return out;
}

/**
 * Runs the phase at one viewport; returns its evidence.
 *
 * @example
 * const ev = await preferencesPhase({ browser, url, viewport, limits, offline: true });
 */
export async function preferencesPhase({ browser, url, viewport, limits, offline }) {
  const s = await openSession(browser, { url, viewport, limits, offline });
  const { page, rec } = s;
  try {
    await visit(page, url, limits);
    rec.phase = 'preferences';
    const opened =
      (await waitForControl(page, ['accept', 'reject'], ['button', 'link'], limits.actionMs)) &&
      (await clickControl(page, 'customize', ['button', 'link']));
    if (!opened) return { ok: true, opened: null, rec };
    // Preferences drawn late (a lazily loaded chunk) have their save button by then.
    await waitForControl(page, ['save', 'reject'], ['button'], limits.actionMs);
    await page.waitForTimeout(200);
    const found = await switches(page);
    const screenshot = (await page.screenshot({ type: 'jpeg', quality: 60 }).catch(() => null))?.toString('base64');
    const state = await siteState(page);
    const out = { ok: true, opened, switches: found, screenshot, rec };
    // C8: switch on exactly one optional control, save, and read what was stored (only a
    // page with cookiegate's API says what it stored).
    const first = found.find((f) => !f.disabled && !f.checked);
    const save = await findControl(page, 'save');
    if (first && save && state.cookiegate) {
      rec.phase = 'after saving choices';
      await page
        .getByRole(first.role)
        .filter({ visible: true })
        .nth(first.index)
        .click()
        .catch(() => {});
      await save.locator.click().catch(() => {});
      await afterClick(page, limits);
      out.saved = { toggled: first.name, consent: (await siteState(page)).consent };
    }
    out.state = state;
    return out;
  } catch (e) {
    return { ok: false, error: e.message, rec };
  } finally {
    await s.close();
  }
}
