/**
 * `cookiegate-ui-<lang>.js`: the script-tag build's banner in one language, loaded by
 * cookiegate.js when a choice is needed. The build makes one file per language folder
 * (src/i18n/<lang>/) from this entry: "cookiegate:language" is that language's
 * (build/languages.mjs). The presets' vendor names come with the config; the preferences and
 * the declaration (`cookiegate-ui-<lang>-details.js`) and the presets' descriptions
 * (`cookiegate-ui-<lang>-presets.js`) load when one of them is first shown.
 */
import { banner, code } from 'cookiegate:language';
import type { UiMount } from '../core/launcher';
import { siblings } from '../ui/load-experiment';
import { createUi } from '../ui/mount';
// The floating button comes with the banner on a first visit (cheaper in one file than in two;
// the head takes it from here, entries/cookiegate.ts): it sets window.cookiegateFloating.
import './cookiegate-floating';

window.cookiegateUi = ((api, root, lang, load) =>
  createUi(api, root, lang, banner, undefined, ...siblings(load!, code))) satisfies UiMount;
