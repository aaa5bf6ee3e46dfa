/**
 * `cookiegate-ui-<lang>-details.js`: the preferences, the declaration and their texts in one
 * language (the presets' descriptions come with cookiegate-ui-<lang>-presets.js), plain DOM
 * like the banner's file. The build makes one file per language folder from this
 * entry: "cookiegate:language" is that language's (build/languages.mjs).
 */
import { details } from 'cookiegate:language';
import { makeDetails } from '../ui/details';

window.cookiegateDetails = makeDetails(undefined, details);
