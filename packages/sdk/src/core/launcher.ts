// Build: the size-measurement build in rollup.config.mjs (without-vendors) replaces this file with
// no-ops, to measure the head script without the UI launcher; never shipped.
/**
 * The part of the UI that lives in the head script: it decides when the UI chunk is
 * needed (no valid decision, `showBanner()`/`showPreferences()`, a click on
 * `[data-cookiegate-open]`, a `[data-cookiegate-declaration]` on the page), so that a
 * returning visitor with a valid decision downloads none of the UI, and when the floating
 * "Cookie settings" button (floating.ts) comes: at once where the banner shows, else once the
 * page is idle. Kept tiny: every page view pays for it.
 */
// The bundled languages (the folders of src/i18n/, gathered by the build:
// packages/sdk/build/languages.mjs).
import CODES from 'cookiegate:codes';
import type { ChangeListener } from './api';
import type { ResolvedConfig } from './config';
import { fail, ready } from './dom';
import type { Floating } from './floating';
import { pageLanguage } from './language';
import type { ConsentState } from './state';
import type { DecisionContext } from './types';

/** What the UI chunk can show. */
export type View = 'banner' | 'preferences';

/** The public API as the UI sees it (the UI uses nothing else of the core). */
export interface CookiegateApi {
  accepted(id: string): boolean;
  acceptAll(context?: DecisionContext): Promise<void>;
  rejectAll(context?: DecisionContext): Promise<void>;
  save(choices: Record<string, boolean>, context?: DecisionContext): Promise<void>;
  reset(context?: DecisionContext): Promise<void>;
  getConsent(): ConsentState | null;
  getConfig(): ResolvedConfig | null;
  onChange(listener: ChangeListener): () => void;
  showBanner(): void;
  showPreferences(): void;
}

/** A mounted UI. `from: 'floating'` marks preferences opened from the floating button. */
export interface UiHandle {
  open(view: View, from?: 'banner' | 'floating'): void;
  /** Renders the cookie declaration into an element (`[data-cookiegate-declaration]`). */
  declare(el: Element): void;
}

/**
 * The UI chunk's entry: mounts into the shadow root of cookiegate's host element. `load`
 * fetches a sibling file of the script-tag build (the presets' details).
 */
export type UiMount = (
  api: CookiegateApi,
  root: ShadowRoot,
  lang: string,
  load?: (file: string) => Promise<void>,
) => UiHandle;

/** Loads the UI chunk for a bundled language (a folder of src/i18n/). */
export type UiLoader = (lang: string) => Promise<UiMount>;

/** Loads the floating button for a bundled language. */
export type FloatingLoader = (lang: string) => Promise<Floating>;

// The floating button's look is floating.ts's.
const CSS = ':host{all:initial!important;position:fixed!important;z-index:2147483647!important}[hidden]{display:none}';

let api: CookiegateApi;
let load: UiLoader | undefined;
let loadFile: ((file: string) => Promise<void>) | undefined;
let lang: string;
// The bundled language the UI files come in: the visitor's, else English.
let code: string;
let root: ShadowRoot | undefined;
let ui: Promise<UiHandle> | undefined;

/**
 * Adds a stylesheet to a shadow root: a constructable stylesheet (allowed by a strict
 * CSP), else a `<style>` with the config's nonce.
 */
export function adopt(root: ShadowRoot, css: string, nonce?: string): void {
  try {
    const s = new CSSStyleSheet();
    s.replaceSync(css);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, s];
  } catch {
    const s = document.createElement('style');
    if (nonce) s.nonce = nonce;
    s.textContent = css;
    root.append(s);
  }
}

/** The shadow root of cookiegate's host element, first in <body> (reached first by Tab). */
function shadow(): ShadowRoot {
  if (!root) {
    const host = document.createElement('cookiegate-ui');
    root = host.attachShadow({ mode: 'open' });
    adopt(root, CSS, api.getConfig()!.ui?.nonce);
    document.body.prepend(host);
  }
  return root;
}

/** Loads and mounts the UI once; then `f` runs with it. */
function withUi(f: (ui: UiHandle) => void): void {
  if (!load || !api.getConfig()) return console.warn('[cookiegate] no UI');
  // Loaded and mounted once, however many views ask for it.
  (ui ||= load(code).then((m) => new Promise<UiHandle>((r) => ready(() => r(m(api, shadow(), lang, loadFile))))))
    .then(f)
    .catch(fail);
}

/** Opens the banner or the preferences, loading the UI chunk first if needed. */
export const open = (view: View, from?: 'floating'): void => withUi((u) => u.open(view, from));

/**
 * Shows the banner again (the first layer with Accept all / Reject all / Customize).
 *
 * @example
 * document.querySelector('#cookies').onclick = () => cookiegate.showBanner();
 */
export const showBanner = (): void => open('banner');

/**
 * Opens the preferences dialog, where the visitor can change or withdraw consent per
 * category and service.
 *
 * @example
 * footerLink.onclick = () => cookiegate.showPreferences();
 */
export const showPreferences = (): void => open('preferences');

/**
 * Starts the UI: the banner when a choice is needed, the floating button (`floating` loads
 * it), `[data-cookiegate-open]` clicks and `[data-cookiegate-declaration]` elements. `file`
 * loads a sibling file for the UI chunk (script-tag build).
 */
export function launch(
  cookiegate: CookiegateApi,
  loader: UiLoader,
  floating: FloatingLoader,
  file?: (file: string) => Promise<void>,
): void {
  const cfg = cookiegate.getConfig();
  if (!cfg) return;
  api = cookiegate;
  load = loader;
  loadFile = file;
  lang = pageLanguage(cfg.language);
  code = CODES.includes(lang) ? lang : 'en';
  // No decision, or a re-prompt (decide.ts): the banner asks.
  const c = api.getConsent();
  const asked = !c || c.asked;
  if (asked) showBanner();
  document.addEventListener('click', (e) => {
    const t = (e.target as Element).closest?.('[data-cookiegate-open]');
    if (t) {
      e.preventDefault();
      open(t.getAttribute('data-cookiegate-open') == 'banner' ? 'banner' : 'preferences');
    }
  });
  ready(() => {
    document.querySelectorAll('[data-cookiegate-declaration]').forEach((el) => withUi((u) => u.declare(el)));
    if (cfg.ui?.floatingButton === false) return;
    // Where the banner asks, the button comes with it (the banner hands it the focus once
    // answered); on a returning visit, once the page is idle.
    const draw = () =>
      floating(code)
        .then((f) => f({ api, lang, root: shadow, style: (css) => adopt(shadow(), css, cfg.ui?.nonce), open }))
        .catch(fail);
    if (asked) draw();
    else (window.requestIdleCallback || setTimeout)(draw);
  });
}
