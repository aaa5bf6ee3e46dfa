/**
 * `cookiegate-ui-da-details.js`: the preferences, the declaration, their da texts (the
 * presets' descriptions come with cookiegate-ui-da-presets.js). Uses the preact of
 * cookiegate-ui-da.js.
 */
import { makeDetails } from '../details';
import texts from '../i18n/da-details';

window.cookiegateDetails = makeDetails(undefined, texts);
