import type { PresetBlocking } from '../services/preset';
import { DAYS, type CookiegateConfig, type ResolvedConfig, type ServiceConfig } from './config';
import { has } from './state';

/**
 * A service with its preset's fields (a field the service gives wins over its preset's).
 *
 * @example
 * withPreset({ preset: 'youtube' }, PRESETS); // { vendor: 'Google Ireland Ltd', title: 'YouTube', category: 'marketing', hosts: [...], preset: 'youtube' }
 */
export function withPreset(s: ServiceConfig, presets: Record<string, PresetBlocking>): ServiceConfig {
  const p = s && has(presets, s.preset) && presets[s.preset!]!;
  return p ? { ...p, ...s, category: s.category ?? p.category } : s;
}

/**
 * Fills in a config's defaults and its services' presets (a field the service gives wins
 * over its preset's). It checks nothing: `checkConfig` does, and until it has said the
 * config is valid nothing runs (see `start` in api.ts). Null when the input is no object.
 *
 * @example
 * resolveConfig({ revision: 1, categories: { necessary: { required: true } }, services: { ga4: { preset: 'google-analytics' } } }, PRESETS);
 * // services.ga4 gets the preset's category, hosts and cookies; consentDays 365, cookie name "cookiegate", ...
 */
export function resolveConfig(input: unknown, presets: Record<string, PresetBlocking>): ResolvedConfig | null {
  if (!input || typeof input != 'object') return null;
  const c = input as CookiegateConfig;
  const services: Record<string, ServiceConfig> = {};
  for (const id in c.services) services[id] = withPreset(c.services[id]!, presets);
  return {
    ...c,
    services,
    consentDays: c.consentDays || DAYS.consent,
    refusalDays: c.refusalDays || DAYS.refusal,
    language: c.language || 'auto',
    reloadOnWithdraw: c.reloadOnWithdraw ?? true,
    cookie: { name: 'cookiegate', path: '/', sameSite: 'Lax', ...c.cookie },
  };
}

/**
 * `resolveConfig`, or null for an input it cannot even read as a config: that stays
 * closed, and the checker says why.
 *
 * @example
 * readConfig(JSON.parse(el.textContent), PRESETS); // ResolvedConfig | null
 */
export function readConfig(input: unknown, presets: Record<string, PresetBlocking>): ResolvedConfig | null {
  try {
    return resolveConfig(input, presets);
  } catch {
    return null;
  }
}
