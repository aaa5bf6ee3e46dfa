/**
 * The script-tag build's config checker (`cookiegate-check.js`), loaded by cookiegate.js on
 * the first page where a browser meets a config (see cookiegate.ts). The head script hands over
 * its presets, so that they are not shipped twice.
 */
import { findProblems, type Problem } from '../core/check';
import type { PresetBlocking } from '../services/preset';

/**
 * The config's problems, and a hint where it names a preset: a config checked here carries no
 * data-checked that fits, so its page loads every preset's data (cookiegate-presets.js).
 *
 * @example
 * window.cookiegateCheck.problems(config, PRESETS); // [{ path: 'presetData', code: 'presetFile', w: 1 }]
 */
export function problems(input: unknown, presets: Record<string, PresetBlocking>): Problem[] {
  const found = findProblems(input, presets);
  const services = (input as { services?: Record<string, { preset?: unknown }> } | null)?.services;
  if (services && typeof services == 'object' && Object.values(services).some((s) => s?.preset))
    found.push({ path: 'presetData', code: 'presetFile', w: 1 });
  return found;
}
