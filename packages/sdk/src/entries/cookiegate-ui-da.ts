/**
 * `cookiegate-ui-da.js`: the script-tag build's banner with the da texts, loaded by
 * cookiegate.js when a choice is needed. The presets' vendor names come with it; the
 * preferences, the declaration and the presets' descriptions load with
 * `cookiegate-ui-da-details.js` when one of them is first shown.
 */
import { h } from 'preact';
import { presetInfo } from '../services/info';
import texts from '../ui/i18n/da';
import { createUi } from '../ui/mount';

// The details file uses this file's preact (as cookiegateUi.h).
window.cookiegateUi = Object.assign(
  (...[api, root, lang, load]: Parameters<NonNullable<Window['cookiegateUi']>>) =>
    createUi(api, root, lang, texts, presetInfo, () => load!('cookiegate-ui-da-details.js').then(() => window.cookiegateDetails!)),
  { h },
);
