/**
 * `cookiegate-ui-sv-details.js`: the preferences, the declaration, their sv texts and the
 * presets' descriptions in sv (the build keeps only that language). Uses the preact of
 * cookiegate-ui-sv.js.
 */
import { presetInfo } from '../services/info';
import { makeDetails } from '../ui/details';
import texts from '../ui/i18n/sv-details';

window.cookiegateDetails = makeDetails(presetInfo, texts);
