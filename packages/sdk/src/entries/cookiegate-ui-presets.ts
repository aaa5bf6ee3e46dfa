/**
 * `cookiegate-ui-<lang>-presets.js`: the presets' descriptions and cookie tables in one
 * language, loaded with the details. The build makes one file per language folder from this
 * entry: "cookiegate:language" is that language's (build/languages.mjs).
 */
import { presets } from 'cookiegate:language';
import { presetInfo } from '../services/info';
import { FILE_HASH } from '../ui/file-hash';

// Each preset's vendor is in its blocking data (cookiegate-presets.js, loaded wherever the
// config names a preset), not repeated here; the preferences need it to give a vendor's
// privacy link only under that vendor's own name.
// The file's own uiHash goes with the texts: shownHash names the file that showed them.
window.cookiegatePresetInfo = Object.assign(
  presetInfo(presets, (id) => window.cookiegatePresets?.PRESETS[id]?.vendor),
  { ui: FILE_HASH },
);
