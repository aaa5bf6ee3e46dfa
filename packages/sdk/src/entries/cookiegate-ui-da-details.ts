/**
 * `cookiegate-ui-da-details.js`: the preferences, the declaration, their da texts (the
 * presets' descriptions come with cookiegate-ui-da-presets.js). Uses the preact of
 * cookiegate-ui-da.js.
 */
import { makeDetails } from '../ui/details';
import texts from '../ui/i18n/da-details';

window.cookiegateDetails = makeDetails(undefined, texts);
