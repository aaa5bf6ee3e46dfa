/**
 * The script-tag build: reads the JSON config from `<script type="application/json"
 * id="cookiegate-config">`, starts gating at once and exposes `window.cookiegate`.
 */
import {
  accepted,
  acceptAll,
  getConfig,
  getConsent,
  onChange,
  receipt,
  rejectAll,
  reset,
  save,
  start,
  type PresetKit,
} from '../core/api';
import type { Problem } from '../core/check';
import { loadSibling } from '../core/chunk';
import type { Writer } from '../core/types';
import { fingerprint } from '../core/fingerprint';
import { launch, showBanner, showPreferences, type UiMount } from '../core/launcher';
import { readConfig } from '../core/resolve';
import type { PresetBlocking } from '../services/preset';

const api = {
  accepted,
  acceptAll,
  rejectAll,
  save,
  reset,
  getConsent,
  getConfig,
  showBanner,
  showPreferences,
  onChange,
  receipt,
};

declare global {
  interface Window {
    /** The cookiegate API of the script-tag build. */
    cookiegate: typeof api;
    /** Set by cookiegate-check.js. */
    cookiegateCheck?: { problems(input: unknown, presets: Record<string, PresetBlocking>): Problem[] };
    /** Set by cookiegate-presets.js. */
    cookiegatePresets?: PresetKit;
    /** Set by cookiegate-messages.js. */
    cookiegateMessages?: { printProblems(problems: Problem[]): void };
    /** Set by cookiegate-decide.js. */
    cookiegateDecide?: Writer;
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

let config: unknown;
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
let known = el?.getAttribute('data-checked') == print;
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

// The presets' blocking data (cookiegate-presets.js) only where the config names a preset:
// none of it is in this file. Until it is there nothing third-party passes.
const services = (config as { services?: Record<string, { preset?: unknown }> } | undefined)?.services;
const presets =
  services && typeof services == 'object' && Object.values(services).some((s) => s?.preset)
    ? loadSibling('cookiegate-presets.js').then(() => window.cookiegatePresets!)
    : { PRESETS: {} };

start(
  // The presets' fields come with cookiegate-presets.js (filled in by start()).
  readConfig(config, {}),
  unreadable
    ? [unreadable]
    : known
      ? []
      : Promise.all([presets, loadSibling('cookiegate-check.js')]).then(([p]) =>
          window.cookiegateCheck!.problems(config, p.PRESETS),
        ),
  report,
  () => loadSibling('cookiegate-decide.js').then(() => window.cookiegateDecide!),
  () => {
    // The banner and preferences (cookiegate-ui-<lang>.js) load only when a choice is
    // needed or asked for; the floating button and data-cookiegate-open work without them.
    launch(api, (lang) => loadSibling('cookiegate-ui-' + lang + '.js').then(() => window.cookiegateUi!), loadSibling);
    remember(getConsent());
    onChange(remember);
  },
  presets,
);
