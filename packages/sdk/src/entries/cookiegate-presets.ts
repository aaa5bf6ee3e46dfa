/**
 * `cookiegate-presets.js`: the vendor presets' blocking data and their consent APIs, for the
 * script-tag build, loaded only where the config names a preset (none of it is in the head).
 */
export { PRESETS } from '../services/blocking';
export { startConsentApis } from '../core/vendor-consent';
