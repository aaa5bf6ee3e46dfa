/**
 * The cookie declaration for the cookie-policy page, hand-written with DOM calls (as the
 * banner and the preferences are: issue 16's 4.2 kB budget per language's details file).
 * Every text is a text node or an attribute, never HTML.
 */
import type { ConsentState } from '../core/state';
import { el, type Ctx } from './banner';
import { cookieTable, type CookieRow } from './cookie-table';
import { fmt } from './texts';

/**
 * The sections of the declaration: every service and cookie (the site's own declarations
 * first, the presets' other usual cookies marked), cookiegate's own consent cookie with the
 * required ones, and the choice.
 */
function sections(ctx: Ctx, consent: ConsentState | null): HTMLElement[] {
  const { t, cfg } = ctx;
  const first = ctx.cats.find((c) => c.required);
  return ctx.cats.map((c) => {
    const rows: CookieRow[] = c.services.flatMap((s) =>
      s.cookies.map((k) => ({ ...k, service: s.vendor ? s.title + ' (' + s.vendor + ')' : s.title })),
    );
    // The consent cookie lives as long as a consent or a refusal, whichever is longer.
    if (c == first)
      rows.unshift({
        service: 'cookiegate',
        name: cfg.cookie.name,
        lifetime: 'P' + Math.max(cfg.consentDays, cfg.refusalDays) + 'D',
        domain: cfg.cookie.domain,
        purpose: t.consentCookie,
      });
    const state = c.required ? t.alwaysOn : !consent ? t.undecided : consent.decisions[c.id] ? t.granted : t.denied;
    return el(
      'section',
      { 'data-category': c.id },
      el('h3', {}, c.title),
      c.description && el('p', { class: 'd' }, c.description),
      el('p', {}, fmt(t.choice, { state })),
      rows.length > 0 && cookieTable(ctx, rows, true),
    );
  });
}

/**
 * Renders the cookie declaration into `root`, with a button that opens the preferences; again
 * on every change of the decision, when only the sections are rebuilt (the button, which may
 * have focus, stays).
 *
 * @example
 * showDeclaration(el.attachShadow({ mode: 'open' }), ctx, api.getConsent());
 */
export function showDeclaration(root: Element | ShadowRoot, ctx: Ctx, consent: ConsentState | null): void {
  let d = root.querySelector('.decl');
  if (d) d.querySelectorAll('section').forEach((s) => s.remove());
  else {
    const b = el('button', { type: 'button', class: 'btn' }, ctx.t.change);
    b.onclick = () => ctx.api.showPreferences();
    d = root.appendChild(el('div', { class: 'cg decl', lang: ctx.lang }, b));
  }
  d.append(...sections(ctx, consent));
}
