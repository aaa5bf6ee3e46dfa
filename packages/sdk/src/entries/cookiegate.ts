/**
 * The script-tag build: reads the JSON config from `<script type="application/json"
 * id="cookiegate-config">`, starts gating at once and exposes `window.cookiegate`.
 */
import { api, getConsent, onChange, start, type PresetKit } from '../core/api';
import type { Problem } from '../core/check';
import type { PresetData } from '../core/config';
import { loadSibling, type Head } from '../core/chunk';
import { AD, consentTypes } from '../core/consent-mode';
import type { Writer } from '../core/types';
import { fingerprint } from '../core/fingerprint';
import { launch, type UiMount } from '../core/launcher';
import { readConfig } from '../core/resolve';
import type { PresetBlocking } from '../services/preset';

declare global {
  interface Window {
    /** The cookiegate API of the script-tag build. */
    cookiegate: typeof api;
    /** Set by cookiegate-check.js. */
    cookiegateCheck?: { problems(input: unknown, presets: Record<string, PresetBlocking>): Problem[] };
    /** Set by cookiegate-presets.js (or here, from the config's presetData). */
    cookiegatePresets?: PresetKit;
    /** Set by cookiegate-vendors.js. */
    cookiegateVendors?: Omit<PresetKit, 'PRESETS'>;
    /** Set by cookiegate-messages.js. */
    cookiegateMessages?: { printProblems(problems: Problem[]): void };
    /** Set by cookiegate-decide.js: the write path over what the head lends it. */
    cookiegateDecide?: (...head: Head) => Writer;
    /** Set by cookiegate-ui-<lang>.js. */
    cookiegateUi?: UiMount;
  }
}

window.cookiegate = api;

// The sentences describing config problems live in a separate file that only a page
// with a faulty config downloads.
const report = (problems: Problem[]) =>
  loadSibling('cookiegate-messages.js')
    .then(() => window.cookiegateMessages!.printProblems(problems))
    .catch(() => console.error('[cookiegate] config problems:', problems));

// Anything JSON can hold; typed for the fields read here before the config is checked.
let config: { services?: Record<string, { preset?: unknown }>; presetData?: PresetData } | undefined;
let unreadable: Problem | undefined;
const el = document.getElementById('cookiegate-config');
const text = el?.textContent || '';
try {
  config = JSON.parse(text);
} catch (e) {
  unreadable = { path: '#cookiegate-config', code: el ? 'json' : 'missing', got: el && (e as Error).message };
}

// The checker (cookiegate-check.js) is loaded only where the config is not known to be
// valid: it carries no fingerprint from `cookiegate check` (data-checked), and this browser
// has not checked it before. A browser keeps the fingerprint once the visitor has decided
// (nothing is stored before a decision), so that a returning visitor's pages skip it.
const KEY = 'cookiegate:config';
const print = fingerprint(config);
const checked = el?.getAttribute('data-checked') == print;
let known = checked;
try {
  known ||= localStorage.getItem(KEY) == print;
} catch {
  // Storage disabled: checked on every page.
}
const remember = (c: unknown) => {
  try {
    if (c && !known) {
      localStorage.setItem(KEY, print);
      known = true;
    }
  } catch {
    // Checked again on the next page.
  }
};

// The presets' blocking data: with a config checked by `cookiegate check --write` (its
// data-checked fits), that of the config's own presets, in the config (presetData; the
// fingerprint covers it), and the vendors' consent APIs (cookiegate-vendors.js) only where one
// of them is used; otherwise, where the config names a preset, the data of every preset
// (cookiegate-presets.js). None of it is in this file; until it is there nothing third-party passes.
const data = checked && config?.presetData;
// The preferences join each preset's vendor from window.cookiegatePresets (ui/preset-vendor.ts).
const own = data && (window.cookiegatePresets = { PRESETS: data });
const presets: PresetKit | Promise<PresetKit> = own
  ? Object.values(data as PresetData).some((p) => p.consentApi)
    ? loadSibling('cookiegate-vendors.js').then(() => Object.assign(own, window.cookiegateVendors))
    : own
  : // Object.values of any other truthy value has no preset in it.
    config?.services && Object.values(config.services).some((s) => s?.preset)
    ? loadSibling('cookiegate-presets.js').then(() => window.cookiegatePresets!)
    : { PRESETS: {} };

// The write path (cookiegate-decide.js), once: fetched on a click, or before it (below).
let writer: Promise<Writer> | undefined;
const decide = () =>
  (writer ||= loadSibling('cookiegate-decide.js').then(() => window.cookiegateDecide!(loadSibling, consentTypes, AD)));

start(
  // Presets that are still loading fill in their fields in start().
  readConfig(config, presets instanceof Promise ? {} : presets.PRESETS),
  unreadable
    ? [unreadable]
    : known
      ? []
      : Promise.all([presets, loadSibling('cookiegate-check.js')]).then(([p]) =>
          window.cookiegateCheck!.problems(config, p.PRESETS),
        ),
  report,
  decide,
  () => {
    // The banner and preferences (cookiegate-ui-<lang>.js) load only when a choice is
    // needed or asked for; the floating button (cookiegate-floating-<lang>.js, once the page
    // is idle) and data-cookiegate-open work without them.
    // Once they are in, the write path follows while the visitor reads, so that the click
    // finds it there. The UI file brings the floating button too: where it is loading (a
    // first visit's banner) the button comes with it rather than from a second file.
    let ui: Promise<void> | undefined;
    launch(
      api,
      (lang) =>
        (ui = loadSibling('cookiegate-ui-' + lang + '.js')).then(() => {
          (window.requestIdleCallback || setTimeout)(() => decide().catch(() => (writer = undefined)));
          return window.cookiegateUi!;
        }),
      (lang) => (ui || loadSibling('cookiegate-floating-' + lang + '.js')).then(() => window.cookiegateFloating!),
      loadSibling,
    );
    remember(getConsent());
    onChange(remember);
  },
  presets,
);
