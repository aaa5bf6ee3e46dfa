/**
 * The script-tag build: reads the JSON config from `<script type="application/json"
 * id="cookiegate-config">`, starts gating at once and exposes `window.cookiegate`.
 */
import { accepted, acceptAll, getConsent, onChange, receipt, rejectAll, reset, save, start } from './core/api';
import type { Problem } from './core/check';
import { loadSibling } from './core/chunk';
import type { Writer } from './core/decide';
import { getConfig } from './core/api';
import { launch, showBanner, showPreferences, type UiMount } from './core/launcher';

const api = { accepted, acceptAll, rejectAll, save, reset, getConsent, getConfig, showBanner, showPreferences, onChange, receipt };

declare global {
  interface Window {
    /** The cookiegate API of the script-tag build. */
    cookiegate: typeof api;
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
try {
  config = JSON.parse(el!.textContent!);
} catch (e) {
  unreadable = { path: '#cookiegate-config', code: el ? 'json' : 'missing', got: el && (e as Error).message };
}
start(
  config,
  (problems) => report(unreadable ? [unreadable] : problems),
  () => loadSibling('cookiegate-decide.js').then(() => window.cookiegateDecide!),
);

// The banner and preferences (cookiegate-ui-<lang>.js) load only when a choice is needed
// or asked for; the floating button and data-cookiegate-open work without them.
launch(window.cookiegate, (lang) => loadSibling('cookiegate-ui-' + lang + '.js').then(() => window.cookiegateUi!), loadSibling);
