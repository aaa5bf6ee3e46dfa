/**
 * `cookiegate-ui-da-details.js`: the preferences, the declaration, their da texts and the
 * presets' descriptions in da (the build keeps only that language). Uses the preact of
 * cookiegate-ui-da.js.
 */
import { presetInfo } from '../services/info';
import { makeDetails } from '../ui/details';
import texts from '../ui/i18n/da-details';

window.cookiegateDetails = makeDetails(presetInfo, texts);
