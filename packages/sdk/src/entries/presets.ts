/**
 * `cookiegate/presets`: the vendor presets' blocking data (category, hosts, cookies, storage
 * keys by preset id) for tools that match a site against them, such as @cookiegate/audit.
 * Not loaded by any page. `presetDataOf` computes a config's `presetData` (as `cookiegate check --write`).
 *
 * @example
 * import { PRESETS } from 'cookiegate/presets';
 * PRESETS['google-analytics'].hosts; // ['googletagmanager.com/gtag/js?id=G-', …]
 */
export { PRESETS } from '../services/blocking';
export { presetDataOf } from '../core/preset-data';
export type { PresetBlocking } from '../services/blocking';
