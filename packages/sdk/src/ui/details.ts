/**
 * The details file's contents (cookiegate-ui-<lang>-details.js): the preferences dialog
 * (preferences.ts) and the cookie declaration (declaration.ts), with the presets' details.
 * The script-tag build loads them (and cookiegate-ui-<lang>-presets.js) only when the
 * preferences or the declaration open, so that a visitor who answers the banner never
 * downloads them. Like the banner, they are plain DOM with no framework (issue 16).
 */
import { initialChoices, switchChoice } from './choices';
import { showDeclaration } from './declaration';
import { FILE_HASH } from './file-hash';
import { cookiesOf, type PresetLookup } from './model';
import { showPreferences } from './preferences';
import { repromptCtx } from './reprompt';
import { DETAILS_CSS } from './style';
import type { DetailsTexts } from './texts';

/** What the details file brings to the UI. */
export interface Details {
  showPreferences: typeof showPreferences;
  showDeclaration: typeof showDeclaration;
  initialChoices: typeof initialChoices;
  switchChoice: typeof switchChoice;
  cookiesOf: typeof cookiesOf;
  /** The banner's view of a re-prompt. */
  reprompt: typeof repromptCtx;
  /** The presets' full descriptions and cookie tables. */
  presets?: PresetLookup;
  /** The texts of the preferences and the declaration, in the language of the file. */
  texts: DetailsTexts;
  css: string;
  /** The SHA-256 of the file the details came in (file-hash.ts), for shownHash. */
  ui: string;
}

/**
 * The details, with the presets' texts and the UI's texts in one language.
 *
 * @example
 * window.cookiegateDetails = makeDetails(undefined, svDetails);
 */
export const makeDetails = (presets: PresetLookup | undefined, texts: DetailsTexts): Details => ({
  showPreferences,
  showDeclaration,
  initialChoices,
  switchChoice,
  cookiesOf,
  reprompt: repromptCtx,
  presets,
  texts,
  css: DETAILS_CSS,
  ui: FILE_HASH,
});
