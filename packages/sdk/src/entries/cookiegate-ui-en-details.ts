/**
 * `cookiegate-ui-en-details.js`: the preferences, the declaration, their en texts and the
 * presets' descriptions in en (the build keeps only that language). Uses the preact of
 * cookiegate-ui-en.js.
 */
import { presetInfo } from '../services/info';
import { makeDetails } from '../ui/details';
import texts from '../ui/i18n/en-details';

window.cookiegateDetails = makeDetails(presetInfo, texts);
