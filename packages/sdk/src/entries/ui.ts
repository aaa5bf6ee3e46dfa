/**
 * `cookiegate/ui`: the banner, preferences and cookie declaration for the ESM build,
 * loaded lazily by `init(config, { ui: () => import('cookiegate/ui') })`.
 * Bundles the sv, en and da texts and the presets' descriptions.
 */
import type { UiMount } from '../core/launcher';
import { PRESETS } from '../services/blocking';
import { presetInfo as texts } from '../services/info';
import type { PresetLookup } from '../ui/model';
import { makeDetails } from '../ui/details';
import da from '../ui/i18n/da';
import daDetails from '../ui/i18n/da-details';
import en from '../ui/i18n/en';
import enDetails from '../ui/i18n/en-details';
import sv from '../ui/i18n/sv';
import svDetails from '../ui/i18n/sv-details';
import { createUi } from '../ui/mount';
import * as experiment from './cookiegate-experiment';

/** The presets' texts with each preset's vendor, from its blocking data. */
const presetInfo: PresetLookup = (id) => {
  const info = texts(id);
  return info && { ...info, vendor: PRESETS[id]?.vendor };
};
const TEXTS: Record<string, [typeof en, typeof enDetails]> = {
  sv: [sv, svDetails],
  en: [en, enDetails],
  da: [da, daDetails],
};

/** Mounts the UI in a language (English texts for a language that is not bundled). */
export const mount: UiMount = (api, root, lang) => {
  const [banner, details] = TEXTS[lang] || TEXTS.en!;
  return createUi(
    api,
    root,
    lang,
    banner,
    presetInfo,
    () => Promise.resolve(makeDetails(presetInfo, details)),
    () => Promise.resolve(experiment),
  );
};
