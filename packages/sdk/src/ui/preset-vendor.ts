/**
 * The presets' texts (cookiegate-ui-<lang>-presets.js) do not repeat each preset's vendor:
 * it is in the preset's blocking data (cookiegate-presets.js, loaded wherever the config
 * names a preset). The preferences need it to give a vendor's privacy link only under that
 * vendor's own name.
 */
import { FILE_HASH } from './file-hash';
import type { PresetLookup } from './model';

/**
 * The presets' texts with each preset's vendor from the loaded blocking data.
 *
 * @example
 * window.cookiegatePresetInfo = withVendor(presetInfo);
 * window.cookiegatePresetInfo('google-analytics')?.vendor; // 'Google Ireland Ltd'
 */
export const withVendor = (info: PresetLookup): PresetLookup =>
  Object.assign(
    (id: string) => {
      const i = info(id);
      return i && { ...i, vendor: window.cookiegatePresets?.PRESETS[id]?.vendor };
    },
    { ui: FILE_HASH },
  );
