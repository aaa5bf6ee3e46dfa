/**
 * The presets' cookie tables and privacy links, for the UI; their texts are in each
 * language's folder (`i18n/<lang>/presets.ts`). Never imported by the head script.
 */
// Every preset file's cookie table and privacy link (build/presets.mjs: the one registry of
// the presets).
import INFO from 'cookiegate:preset-info';
import type { PresetDetails, PresetTexts } from './types';

/**
 * The presets in one language: a preset's cookie table and privacy link with that
 * language's texts and its vendor (from its blocking data, which the caller has), or
 * undefined for an unknown id.
 *
 * @example
 * presetInfo(en, (id) => PRESETS[id]?.vendor)('google-analytics')?.cookies.map((c) => c.purpose); // ['Tells visitors apart', 'Keeps the session state']
 */
export const presetInfo =
  (texts: PresetTexts, vendor: (id: string) => string | undefined) =>
  (id: string): PresetDetails | undefined => {
    const info = INFO[id];
    const t = texts[id];
    // An inherited name such as "toString" has no cookie table.
    return info?.cookies && t
      ? {
          purpose: t[0],
          description: t[1],
          ...info,
          vendor: vendor(id),
          cookies: info.cookies.map((c, i) => ({ ...c, purpose: t[2][i]! })),
        }
      : undefined;
  };

/**
 * Every preset's id (the languages' texts cover each).
 *
 * @example
 * PRESET_IDS.includes('vimeo'); // true
 */
export const PRESET_IDS = Object.keys(INFO);
