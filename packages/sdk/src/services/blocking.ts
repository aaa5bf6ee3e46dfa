/**
 * The presets' blocking data. The script-tag head carries none of it: it loads
 * `cookiegate-presets.js` (presets-entry.ts) only on pages whose config names a preset, so
 * that a preset no config uses costs no page view anything. The checker gets it from
 * there; the ESM build imports it. Their texts are in `info.ts`, which only the UI imports.
 */
// Every preset file's blocking data (build/presets.mjs: the one registry of the presets).
import blocking from 'cookiegate:preset-blocking';
import type { PresetBlocking } from './preset';

export type { PresetBlocking };

/**
 * Every preset by id.
 *
 * @example
 * PRESETS['google-analytics'].hosts; // ['googletagmanager.com/gtag/js?id=G-', …]
 */
export const PRESETS: Record<string, PresetBlocking> = blocking;
