/**
 * `cookiegate-ui-sv-details.js`: the preferences, the declaration, their sv texts (the
 * presets' descriptions come with cookiegate-ui-sv-presets.js). Uses the preact of
 * cookiegate-ui-sv.js.
 */
import { makeDetails } from '../ui/details';
import texts from '../ui/i18n/sv-details';

window.cookiegateDetails = makeDetails(undefined, texts);
