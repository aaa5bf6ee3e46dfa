/**
 * `cookiegate-ui-en-presets.js`: the presets' descriptions and cookie tables in en (the build
 * keeps only that language), loaded with the details.
 */
import { presetInfo } from '../services/info';
import { withVendor } from '../ui/preset-vendor';

window.cookiegatePresetInfo = withVendor(presetInfo);
