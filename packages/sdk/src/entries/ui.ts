/**
 * `cookiegate/ui`: the banner, preferences and cookie declaration for the ESM build,
 * loaded lazily by `init(config, { ui: () => import('cookiegate/ui') })`.
 * Bundles every language's texts (the folders of src/i18n/, gathered by the build as
 * "cookiegate:languages": build/languages.mjs) and the presets' descriptions.
 */
import languages from 'cookiegate:languages';
import type { UiMount } from '../core/launcher';
import { PRESETS } from '../services/blocking';
import { presetInfo } from '../services/info';
import { makeDetails } from '../ui/details';
import { createUi } from '../ui/mount';
import * as experiment from './cookiegate-experiment';

/** Mounts the UI in a language (English texts for a language that is not bundled). */
export const mount: UiMount = (api, root, lang) => {
  const { banner, details, presets } = languages[lang] || languages.en!;
  const lookup = presetInfo(presets, (id) => PRESETS[id]?.vendor);
  return createUi(
    api,
    root,
    lang,
    banner,
    lookup,
    () => Promise.resolve(makeDetails(lookup, details)),
    () => Promise.resolve(experiment),
  );
};
