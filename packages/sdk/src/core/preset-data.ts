/**
 * The precomputed `presetData` of a config (`cookiegate check --write`): the blocking data of
 * the presets its services name, so that a page with a checked config needs no
 * `cookiegate-presets.js` (the data of every preset) and pays only for its own presets.
 */
import type { PresetBlocking } from '../services/preset';
import type { PresetData, ServiceConfig } from './config';
import { has } from './state';
import { CONSENT_API_PRESETS } from './vendor-consent';

/**
 * The `presetData` a config should carry: the blocking data of each preset its services name
 * (in the order first named; `consentApi` where `cookiegate-vendors.js` is needed), or
 * undefined when no service names a known preset.
 *
 * @example
 * presetDataOf({ services: { yt: { preset: 'youtube' } } }, PRESETS);
 * // { youtube: { vendor: 'Google Ireland Ltd', title: 'YouTube', category: 'marketing', hosts: [...], cookies: [...] } }
 */
export function presetDataOf(input: unknown, presets: Record<string, PresetBlocking>): PresetData | undefined {
  const services = (input as { services?: unknown } | null)?.services;
  const data: PresetData = {};
  if (services && typeof services == 'object')
    for (const s of Object.values(services)) {
      const id = (s as ServiceConfig | null)?.preset;
      if (typeof id == 'string' && has(presets, id))
        data[id] = CONSENT_API_PRESETS.includes(id) ? { ...presets[id]!, consentApi: true } : presets[id]!;
    }
  return Object.keys(data).length ? data : undefined;
}
