/**
 * Finds a consent banner's controls by role and accessible name (through open shadow
 * roots, as Playwright's role locators do) and measures them in the page.
 */
import { control } from './vocabulary.mjs';

/**
 * The first visible control of a kind (`accept`, `reject`, …) with one of the roles, or
 * `null`. Buttons are preferred over links.
 *
 * @example
 * const reject = await findControl(page, 'reject', ['button', 'link']);
 */
export async function findControl(page, kind, roles = ['button']) {
  const name = control(kind);
  for (const role of roles) {
    const l = page.getByRole(role, { name }).filter({ visible: true });
    if ((await l.count().catch(() => 0)) > 0)
      return {
        role,
        locator: l.first(),
        name:
          (
            await l
              .first()
              .innerText()
              .catch(() => '')
          ).trim() || kind,
      };
  }
  return null;
}

/**
 * The names of the buttons visible now (at most `max`), as evidence of what a page offers.
 *
 * @example
 * await visibleButtons(page); // ['Spara val', 'Acceptera alla']
 */
export async function visibleButtons(page, max = 8) {
  const l = page.getByRole('button').filter({ visible: true });
  const n = Math.min(await l.count().catch(() => 0), max);
  const names = [];
  for (let i = 0; i < n; i++)
    names.push(
      (
        (await l
          .nth(i)
          .innerText()
          .catch(() => '')) || '?'
      )
        .trim()
        .slice(0, 40),
    );
  return names;
}

/**
 * Waits up to `ms` for a control of one of `kinds` to be visible (a banner or preferences
 * that a script draws late); resolves with the first found, or `null`.
 *
 * @example
 * await waitForControl(page, ['reject', 'withdraw'], ['button'], 5000);
 */
export async function waitForControl(page, kinds, roles = ['button'], ms = 5000) {
  const until = Date.now() + ms;
  for (;;) {
    for (const kind of kinds) {
      const c = await findControl(page, kind, roles);
      if (c) return { ...c, kind };
    }
    if (Date.now() >= until) return null;
    await page.waitForTimeout(250);
  }
}

/**
 * Waits up to `ms` for the banner to close (a consent tool may store the decision, or load
 * its code for that, before it closes); resolves with whether it closed.
 *
 * @example
 * await bannerCloses(page, 5000); // true
 */
export async function bannerCloses(page, ms = 5000) {
  const until = Date.now() + ms;
  while ((await findBanner(page)).shown) {
    if (Date.now() >= until) return false;
    await page.waitForTimeout(250);
  }
  return true;
}

/**
 * The banner's controls as found now: accept, reject (a button, or else a link), customize
 * and close. `shown` is whether any accept or reject control is visible.
 *
 * @example
 * const b = await findBanner(page); if (b.reject?.role == 'link') …
 */
export async function findBanner(page) {
  const [accept, reject, customize, close] = await Promise.all([
    findControl(page, 'accept'),
    findControl(page, 'reject', ['button', 'link']),
    findControl(page, 'customize', ['button', 'link']),
    findControl(page, 'close'),
  ]);
  return { accept, reject, customize, close, shown: !!(accept || reject) };
}

// Runs in the page on the control elements: their box, style, contrast and the banner
// around them (the nearest fixed, sticky or dialog ancestor, across shadow roots).
const MEASURE = (els) => {
  const parentOf = (e) => e.parentElement || e.getRootNode().host || null;
  const rgb = (s) => (s.match(/[\d.]+/g) || [0, 0, 0, 0]).map(Number);
  const lum = ([r, g, b]) => {
    const f = (v) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
  };
  const background = (e) => {
    for (let n = e; n && n.nodeType == 1; n = parentOf(n)) {
      const c = rgb(getComputedStyle(n).backgroundColor);
      if (c.length < 4 || c[3] > 0.5) return c.slice(0, 3);
    }
    return [255, 255, 255];
  };
  const ratio = (a, b) => {
    const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
    return (x + 0.05) / (y + 0.05);
  };
  const bannerOf = (e) => {
    for (let n = parentOf(e); n && n.nodeType == 1; n = parentOf(n)) {
      const s = getComputedStyle(n);
      const role = n.getAttribute('role');
      if (
        s.position == 'fixed' ||
        s.position == 'sticky' ||
        role == 'dialog' ||
        role == 'alertdialog' ||
        role == 'region' ||
        n.tagName == 'DIALOG'
      )
        return n;
    }
    return document.body;
  };
  const banner = els.find(Boolean) ? bannerOf(els.find(Boolean)) : null;
  const bannerBg = banner ? background(banner) : [255, 255, 255];
  const facts = els.map((e) => {
    if (!e) return null;
    const s = getComputedStyle(e);
    const r = e.getBoundingClientRect();
    const bg = background(e);
    let opacity = 1;
    for (let n = e; n && n.nodeType == 1; n = parentOf(n)) opacity *= Number(getComputedStyle(n).opacity);
    return {
      tag: e.tagName.toLowerCase(),
      role: e.getAttribute('role') || (e.tagName == 'BUTTON' ? 'button' : e.tagName == 'A' ? 'link' : ''),
      inText: !!e.closest('p') || (parentOf(e) && /^(P|SPAN|LI)$/.test(parentOf(e).tagName)),
      box: { x: r.x, y: r.y, width: r.width, height: r.height },
      inViewport:
        r.width > 0 && r.height > 0 && r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= innerWidth,
      fontSize: parseFloat(s.fontSize),
      fontWeight: Number(s.fontWeight) || 400,
      opacity,
      textContrast: ratio(rgb(s.color).slice(0, 3), bg),
      backgroundContrast: ratio(bg, bannerBg),
    };
  });
  const text = banner ? (banner.innerText || banner.textContent || '').replace(/\s+/g, ' ').trim() : '';
  const langOf = (e) => {
    for (let n = e; n && n.nodeType == 1; n = parentOf(n)) if (n.getAttribute('lang')) return n.getAttribute('lang');
    return '';
  };
  const links = banner ? Array.from(banner.querySelectorAll('a[href]')).map((a) => a.href) : [];
  return {
    controls: facts,
    bannerText: text.slice(0, 4000),
    bannerLang: banner ? langOf(banner) : '',
    htmlLang: document.documentElement.lang || '',
    links,
  };
};

/**
 * Measures accept and reject (either may be missing) and the banner around them.
 *
 * @example
 * const { controls: [accept, reject], bannerText } = await measureBanner(page, banner);
 */
export async function measureBanner(page, banner) {
  const handles = await Promise.all(
    [banner.accept, banner.reject].map((c) => (c ? c.locator.elementHandle().catch(() => null) : null)),
  );
  if (handles.some((h, i) => !h && [banner.accept, banner.reject][i]))
    return {
      controls: [null, null],
      bannerText: '',
      bannerLang: '',
      htmlLang: '',
      links: [],
      error: 'a control disappeared before it could be measured',
    };
  return page.evaluate(MEASURE, handles).catch((e) => ({
    controls: [null, null],
    bannerText: '',
    bannerLang: '',
    htmlLang: '',
    links: [],
    error: e.message.split('\n')[0],
  }));
}

// Whether the main content is readable with the banner open (C11): not inert or
// aria-hidden, not covered by an almost opaque overlay, and whether scrolling is locked.
const WALL = () => {
  const cx = innerWidth / 2;
  const points = [0.3, 0.5, 0.7].map((f) => [cx, innerHeight * f]);
  const main = document.querySelector('main') || document.body.firstElementChild || document.body;
  const covered = points.every(([x, y]) => {
    const top = document.elementFromPoint(x, y);
    if (!top || main.contains(top)) return false;
    for (let n = top; n && n.nodeType == 1; n = n.parentElement || n.getRootNode().host) {
      const s = getComputedStyle(n);
      const bg = (s.backgroundColor.match(/[\d.]+/g) || []).map(Number);
      const alpha = bg.length == 4 ? bg[3] : bg.length == 3 ? 1 : 0;
      if ((s.position == 'fixed' || s.position == 'absolute') && alpha * Number(s.opacity) >= 0.9) return true;
    }
    return false;
  });
  const hidden = !!(main.closest('[inert]') || main.closest('[aria-hidden="true"]'));
  const overflow = getComputedStyle(document.documentElement).overflow + ' ' + getComputedStyle(document.body).overflow;
  return {
    covered,
    hidden,
    scrollLocked: /hidden|clip/.test(overflow) && document.documentElement.scrollHeight > innerHeight,
  };
};

/**
 * C11's facts about a cookie wall, with the banner open.
 *
 * @example
 * const { covered, hidden, scrollLocked } = await measureWall(page);
 */
export const measureWall = (page) =>
  page.evaluate(WALL).catch(() => ({ covered: false, hidden: false, scrollLocked: false, unknown: true }));
