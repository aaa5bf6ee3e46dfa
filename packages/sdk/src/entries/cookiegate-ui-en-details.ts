/**
 * `cookiegate-ui-en-details.js`: the preferences, the declaration, their en texts (the
 * presets' descriptions come with cookiegate-ui-en-presets.js). Uses the preact of
 * cookiegate-ui-en.js.
 */
import { makeDetails } from '../ui/details';
import texts from '../ui/i18n/en-details';

window.cookiegateDetails = makeDetails(undefined, texts);
