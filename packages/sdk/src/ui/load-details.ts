/**
 * The script-tag build's details for one language: the preferences and the declaration
 * (`cookiegate-ui-<lang>-details.js`) and, in parallel, the presets' descriptions and cookie
 * tables in that language (`cookiegate-ui-<lang>-presets.js`), only when one of them is
 * first shown.
 */
import type { PresetLookup } from './model';
import type { Details } from './details';

declare global {
  interface Window {
    /** Set by cookiegate-ui-<lang>-presets.js. */
    cookiegatePresetInfo?: PresetLookup;
  }
}

/**
 * @example
 * createUi(api, root, lang, texts, undefined, () => loadDetails(load, 'sv'));
 */
export const loadDetails = (load: (file: string) => Promise<void>, lang: string): Promise<Details> =>
  Promise.all([load('cookiegate-ui-' + lang + '-details.js'), load('cookiegate-ui-' + lang + '-presets.js')]).then(
    () => ({
      ...window.cookiegateDetails!,
      presets: withVendor(window.cookiegatePresetInfo, window.cookiegatePresets?.PRESETS),
    }),
  );

/**
 * The presets' texts with each preset's vendor from its blocking data (cookiegate-presets.js,
 * loaded wherever the config names a preset), which the texts file does not repeat.
 *
 * @example withVendor(presetInfo, PRESETS)('google-analytics')?.vendor // 'Google Ireland Ltd'
 */
export const withVendor = (
  info: PresetLookup | undefined,
  blocking: Record<string, { vendor: string }> | undefined,
): PresetLookup | undefined =>
  info &&
  ((id) => {
    const i = info(id);
    return (
      i && {
        ...i,
        vendor: blocking && Object.prototype.hasOwnProperty.call(blocking, id) ? blocking[id]!.vendor : undefined,
      }
    );
  });
