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
      presets: window.cookiegatePresetInfo,
    }),
  );
