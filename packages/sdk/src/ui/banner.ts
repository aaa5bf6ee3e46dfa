/**
 * The banner (first layer), hand-written with DOM calls and no framework: it is on every
 * first visit's path, where each byte counts against the anchors (issue 15), and preact
 * alone was 4 kB of its 7.3. The preferences and the declaration are hand-written too
 * (preferences.ts, declaration.ts). Every text goes in with `append` (a text node) or as an attribute:
 * nothing is ever parsed as HTML. Links come from structured config.
 */
import type { DecisionContext } from '../core/types';
import type { CookiegateApi } from '../core/launcher';
import type { ResolvedConfig } from '../core/config';
import { safeUrl, type CategoryView } from './model';
import { fmt, list, type Texts } from './texts';

/** What every view needs. */
export interface Ctx {
  api: CookiegateApi;
  cfg: ResolvedConfig;
  t: Texts;
  lang: string;
  cats: CategoryView[];
  /** `navigator.globalPrivacyControl`: the banner says the signal is respected. */
  gpc: boolean;
  /**
   * Stores a decision made on a surface through the API (`acceptAll`, `rejectAll`, `save`),
   * with what was shown, then closes the UI. The UI names no decision itself.
   */
  decide(surface: NonNullable<DecisionContext['surface']>, how: (context: DecisionContext) => Promise<void>): void;
}

/**
 * An element with attributes and children; strings become text nodes, falsy children are left out.
 *
 * @example
 * el('p', { class: 'txt' }, cfgText, ' ', el('a', { href })) // <p class="txt">…</p>, never parsed as HTML
 */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string>,
  ...kids: (Node | string | false | undefined)[]
): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const k in attrs) e.setAttribute(k, attrs[k]!);
  for (const k of kids) if (k) e.append(k);
  return e;
}

/**
 * A button that runs `onClick` (`cls` "btn": the equal-weight decision buttons, here and in the preferences).
 *
 * @example
 * button('btn', t.acceptAll, () => ctx.api.acceptAll());
 */
export const button = (cls: string, label: string, onClick: () => void, attrs?: Record<string, string>) => {
  const b = el('button', { type: 'button', class: cls, ...attrs }, label);
  b.onclick = onClick;
  return b;
};

/**
 * The first layer: who uses what for which purposes, and three equal buttons. On a small
 * screen it shows the purposes, the policy link and the buttons; the vendors and the
 * withdrawal sentence are one tap away ("More"), so that the banner covers as little as it can.
 *
 * @example
 * root.append(banner(ctx, () => ui.open('preferences'), () => hide()));
 */
export function banner(ctx: Ctx, customize: () => void, close: () => void): HTMLElement {
  const { t, lang, cats } = ctx;
  const optional = cats.filter((c) => !c.required);
  // The intro's {purposes} are the categories in lower case ("statistik och marknadsföring"),
  // its {Purposes} as written (German: "Statistik und Marketing").
  const purposes = list(
    optional.map((c) => c.title),
    t.and,
  );
  const vendors = list([...new Set(optional.flatMap((c) => c.services.map((s) => s.vendor || s.title)))], t.and);
  const policy = safeUrl(ctx.cfg.policyUrl);
  // The rest of the text, on a small screen one tap away (wider screens always show it: style.ts).
  const more = el(
    'span',
    { id: 'cg-more', class: 'more', hidden: '' },
    [vendors && fmt(t.vendors, { vendors }), t.withdraw].filter(Boolean).join(' ') + ' ',
  );
  const tgl = button(
    'tgl',
    t.more,
    () => {
      more.hidden = !more.hidden;
      tgl.setAttribute('aria-expanded', '' + !more.hidden);
    },
    { 'aria-expanded': 'false', 'aria-controls': 'cg-more' },
  );
  return el(
    'div',
    { class: 'cg ban', role: 'region', 'aria-labelledby': 'cg-bt', lang },
    el('h2', { id: 'cg-bt' }, t.title),
    el(
      'p',
      { class: 'txt' },
      purposes && fmt(t.intro, { purposes: purposes.toLocaleLowerCase(lang), Purposes: purposes }) + ' ',
      // GPC: said before the click, also on the compact banner (issue 13).
      ctx.gpc && fmt(t.gpc, { accept: t.acceptAll }) + ' ',
      more,
      tgl,
      policy && ' ',
      policy && el('a', { href: policy }, t.policy),
    ),
    el(
      'div',
      { class: 'btns' },
      button('btn', t.acceptAll, () => ctx.decide('banner', ctx.api.acceptAll)),
      button('btn', t.rejectAll, () => ctx.decide('banner', ctx.api.rejectAll)),
      button('btn', t.customize, customize),
    ),
    ctx.cfg.ui?.closeButton && button('x', '×', close, { 'aria-label': t.close }),
  );
}
