/**
 * `cookiegate-ui-sv.js`: the script-tag build's banner with the sv texts, loaded by
 * cookiegate.js when a choice is needed. The presets' vendor names come with the config; the
 * preferences and the declaration (`cookiegate-ui-sv-details.js`) and the presets'
 * descriptions (`cookiegate-ui-sv-presets.js`) load when one of them is first shown.
 */
import { h } from 'preact';
import texts from '../ui/i18n/sv';
import { siblings } from '../ui/load-experiment';
import { createUi } from '../ui/mount';

// The details file uses this file's preact (as cookiegateUi.h).
window.cookiegateUi = Object.assign(
  (...[api, root, lang, load]: Parameters<NonNullable<Window['cookiegateUi']>>) =>
    createUi(api, root, lang, texts, undefined, ...siblings(load!, 'sv')),
  { h },
);
