import { start } from './core/api';
import * as writer from './core/decide';
import type { CookiegateConfig } from './core/config';
import { describe, printProblems, type ValidationResult } from './core/messages';

/**
 * Starts cookiegate with a configuration (bundler users; the script-tag build reads the
 * JSON in `#cookiegate-config` itself). Problems are printed in the console with their
 * path and returned; an invalid config fails closed: nothing that is not required runs.
 *
 * @example
 * import { init } from 'cookiegate';
 * const { errors } = init({ revision: 1, categories: { necessary: { required: true }, analytics: {} } });
 */
export function init(config: CookiegateConfig): ValidationResult {
  const { config: resolved, problems } = start(config, printProblems, () => Promise.resolve(writer));
  return {
    config: resolved,
    errors: problems.filter((p) => !p.w).map(describe),
    warnings: problems.filter((p) => p.w).map(describe),
  };
}
