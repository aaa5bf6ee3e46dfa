/**
 * `cookiegate-vendors.js`: the vendors' consent APIs (Meta, UET, Clarity, TikTok, Pinterest,
 * Matomo) without any preset data, for a page whose config carries its presets' data
 * (`presetData`, from `cookiegate check --write`) and names a preset with such an API.
 */
export { startConsentApis } from '../core/vendor-consent';
