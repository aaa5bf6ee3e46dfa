/**
 * The floating "Cookie settings" button, drawn in plain DOM after a decision so that a
 * visitor can change or withdraw it from any page. Not in the head script: the script-tag
 * build loads it from `cookiegate-floating-<lang>.js` (with that language's label) once the
 * page is idle, or with the banner, inside `cookiegate-ui-<lang>.js`, where the banner shows;
 * the ESM build bundles it. It is fixed in
 * place, so it arrives without moving anything on the page.
 */
import type { CookiegateApi, View } from './launcher';
import type { ConsentState } from './state';

/** What the head's launcher hands the floating button. */
export interface FloatingHost {
  api: CookiegateApi;
  /** The visitor's language (`pageLanguage`, language.ts). */
  lang: string;
  /** cookiegate's shadow root (first in `<body>`, reached first by Tab), made on first use. */
  root(): ShadowRoot;
  /** Adds a stylesheet to that root (with the config's nonce where needed). */
  style(css: string): void;
  /** Opens a view, loading the UI first if needed. */
  open(view: View, from?: 'floating'): void;
}

/** Draws the floating button into the host (with the label of the language it was loaded for). */
export type Floating = (host: FloatingHost) => void;

// A small round icon (a cookie drawn in CSS: the circle and its crumbs, one repeated dot),
// named by aria-label and title, so that on a phone it covers little of the page.
// Canvas/CanvasText follow the visitor's colour scheme.
const CSS =
  '.fab{position:fixed;bottom:8px;left:8px;width:40px;height:40px;border:2px solid;border-radius:50%;color-scheme:light dark;color:var(--cg-fg,CanvasText);cursor:pointer;' +
  'background:radial-gradient(currentColor 2.5px,#0000 3px) 4px 2px/15px 13px var(--cg-bg,Canvas)}' +
  '.r{left:auto;right:8px}:host([data-open]) .fab{display:none}';

/**
 * Draws the floating button (`ui.floatingButton`: left, right), named by the config's
 * `settings` text for the visitor's language, else `label`; hidden while there is no
 * decision, and a reset brings the banner back.
 *
 * @example
 * floatingButton(host, 'Cookie settings');
 */
export function floatingButton(host: FloatingHost, label: string): void {
  const { api, lang } = host;
  const cfg = api.getConfig()!;
  host.style(CSS);
  const b = document.createElement('button');
  b.className = cfg.ui?.floatingButton == 'right' ? 'fab r' : 'fab';
  b.setAttribute('part', 'floating');
  b.lang = lang;
  b.title = cfg.texts?.[lang]?.settings || label;
  b.setAttribute('aria-label', b.title);
  b.onclick = () => host.open('preferences', 'floating');
  host.root().append(b);
  const sync = (c: ConsentState | null) => (b.hidden = !c);
  sync(api.getConsent());
  api.onChange((c) => (sync(c), c || host.open('banner')));
}
