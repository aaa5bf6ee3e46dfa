import LABEL from 'cookiegate:labels';
import { api, start } from './api';
import { findProblems } from './check';
import * as writer from './decide';
import type { CookiegateConfig } from './config';
import { describe, printProblems, type ValidationResult } from './messages';
import { floatingButton } from './floating';
import { launch, type UiMount } from './launcher';
import { readConfig } from './resolve';
import { PRESETS } from '../services/blocking';
import { startConsentApis } from './vendor-consent';

/** Options of `init`. */
export interface InitOptions {
  /**
   * Loads the banner and preferences UI, only when the visitor must choose or asks to:
   * `() => import('cookiegate/ui')`. Without it nothing is shown (headless: your own UI
   * calls the API).
   */
  ui?: () => Promise<{ mount: UiMount }>;
}

/**
 * Starts cookiegate with a configuration (bundler users; the script-tag build reads the
 * JSON in `#cookiegate-config` itself). Problems are printed in the console with their
 * path and returned; an invalid config fails closed: nothing that is not required runs.
 *
 * @example
 * import { init } from 'cookiegate';
 * const { errors } = init({ revision: 1, categories: { necessary: { required: true }, analytics: {} } });
 * // with the banner and preferences, loaded only when needed:
 * init(config, { ui: () => import('cookiegate/ui') });
 */
export function init(config: CookiegateConfig, options: InitOptions = {}): ValidationResult {
  // Resolved once: what start() uses is what init() returns.
  const resolved = readConfig(config, PRESETS);
  const problems = findProblems(config, PRESETS);
  const ui = options.ui;
  start(
    resolved,
    problems,
    printProblems,
    () => Promise.resolve(writer),
    () => {
      if (!ui) return;
      launch(
        api,
        () => ui().then((m) => m.mount),
        // The floating button is bundled, with every language's label.
        (code) => Promise.resolve((host) => floatingButton(host, LABEL[code]!)),
      );
    },
    { PRESETS, startConsentApis },
  );
  return {
    config: problems.some((p) => !p.w) ? null : resolved,
    errors: problems.filter((p) => !p.w).map(describe),
    warnings: problems.filter((p) => p.w).map(describe),
  };
}
