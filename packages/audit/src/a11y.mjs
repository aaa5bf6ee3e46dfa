/**
 * C22's evidence: can the keyboard reach accept and reject, is the focus visible, and what
 * does axe-core find inside the banner.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { control } from './vocabulary.mjs';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

// The focused element across shadow roots, its accessible-ish name and whether focus shows.
const FOCUSED = () => {
  let e = document.activeElement;
  while (e && e.shadowRoot && e.shadowRoot.activeElement) e = e.shadowRoot.activeElement;
  if (!e || e == document.body) return null;
  const s = getComputedStyle(e);
  const visible = (s.outlineStyle != 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow != 'none';
  return {
    name: (e.getAttribute('aria-label') || e.innerText || e.textContent || '').trim().slice(0, 60),
    tag: e.tagName.toLowerCase(),
    focusVisible: visible,
  };
};

/**
 * Presses Tab up to `max` times from the top of the page and notes whether accept and
 * reject were reached and showed a focus indicator.
 *
 * @example
 * const { reachedAccept, reachedReject, focusVisible } = await keyboardReach(page);
 */
export async function keyboardReach(page, max = 40) {
  const accept = control('accept');
  const reject = control('reject');
  const out = { reachedAccept: false, reachedReject: false, focusVisible: true, presses: 0 };
  try {
    await page.evaluate(() => (document.activeElement instanceof HTMLElement ? document.activeElement.blur() : null));
    for (let i = 0; i < max && !(out.reachedAccept && out.reachedReject); i++) {
      await page.keyboard.press('Tab');
      out.presses = i + 1;
      const f = await page.evaluate(FOCUSED);
      if (!f) continue;
      if (accept.test(f.name) && !out.reachedAccept) {
        out.reachedAccept = true;
        out.focusVisible &&= f.focusVisible;
      }
      if (reject.test(f.name) && !out.reachedReject) {
        out.reachedReject = true;
        out.focusVisible &&= f.focusVisible;
      }
    }
  } catch (e) {
    out.error = e.message;
  }
  return out;
}

/**
 * axe-core's critical and serious violations on the nodes inside the banner (the element
 * around `inside`, found as in banner.mjs), through shadow roots.
 *
 * @example
 * const violations = await axeBanner(page, banner.accept.locator);
 */
export async function axeBanner(page, inside) {
  try {
    const handle = inside ? await inside.elementHandle() : null;
    await page.evaluate(axeSource);
    return await page.evaluate(async (el) => {
      const parentOf = (e) => e.parentElement || e.getRootNode().host || null;
      let banner = null;
      for (let n = el && parentOf(el); n && n.nodeType == 1; n = parentOf(n)) {
        const s = getComputedStyle(n);
        if (
          s.position == 'fixed' ||
          s.position == 'sticky' ||
          /dialog|region/.test(n.getAttribute('role') || '') ||
          n.tagName == 'DIALOG'
        ) {
          banner = n;
          break;
        }
      }
      const r = await window.axe.run(document, { resultTypes: ['violations'] });
      const within = (node) => {
        // axe's target for a node in a shadow root is a list of selectors, host first.
        const sels = [].concat(node.target);
        let root = document;
        let found = null;
        for (const sel of sels) {
          found = root.querySelector(sel);
          if (!found) return !banner;
          root = found.shadowRoot || root;
        }
        for (let n = found; n; n = parentOf(n)) if (n == banner) return true;
        return !banner;
      };
      return r.violations
        .filter((v) => v.impact == 'critical' || v.impact == 'serious')
        .map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.filter(within).length }))
        .filter((v) => v.nodes > 0);
    }, handle);
  } catch (e) {
    return [{ id: 'axe-error', impact: 'unknown', help: e.message.split('\n')[0], nodes: 0 }];
  }
}
