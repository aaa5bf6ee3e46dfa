/**
 * `cookiegate-ui-<lang>-details.js`: the preferences, the declaration and the presets'
 * descriptions in one language (the build keeps only that language). Uses the preact of
 * cookiegate-ui-<lang>.js.
 */
import { presetInfo } from '../../services/info';
import { makeDetails } from '../details';

window.cookiegateDetails = makeDetails(presetInfo);
