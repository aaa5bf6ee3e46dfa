/**
 * `cookiegate/ui`: the banner, preferences and cookie declaration for the ESM build,
 * loaded lazily by `init(config, { ui: () => import('cookiegate/ui') })`.
 * Bundles the sv, en and da texts and the presets' descriptions.
 */
import type { UiMount } from '../core/launcher';
import { presetInfo } from '../services/info';
import { makeDetails } from './details';
import da from './i18n/da';
import en from './i18n/en';
import sv from './i18n/sv';
import { createUi } from './mount';

const TEXTS: Record<string, typeof en> = { sv, en, da };

/** Mounts the UI in a language (English texts for a language that is not bundled). */
export const mount: UiMount = (api, root, lang) => createUi(api, root, lang, TEXTS[lang] || en, presetInfo, () => Promise.resolve(makeDetails(presetInfo)));
