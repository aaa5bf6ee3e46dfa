/**
 * The texts of the click-to-load chat button and the embeds' placeholder in the page's
 * language: each language folder's `facades.ts` (src/i18n/<lang>/, gathered by the build as
 * "cookiegate:facades": build/languages.mjs), English for another language.
 */
import facades from 'cookiegate:facades';
import type en from '../i18n/en/facades';
import { pageLanguage } from '../core/language';

/** One language's texts of the facades; `%s` is the service's name. */
export type FacadeTexts = typeof en;

/**
 * `language` is the config's (`"auto"`: the page's, else the browser's); resolved here, in
 * the on-demand file.
 *
 * @example
 * facadeTexts('auto').chat // 'Chatta med oss' on a page with <html lang="sv">
 */
export const facadeTexts = (language: string): FacadeTexts => facades[pageLanguage(language)] || facades.en!;
