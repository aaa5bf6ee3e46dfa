/**
 * The visitor's language, as one bundled language folder (src/i18n/<code>/) names it. In the
 * head script (the launcher) and in the facades' on-demand file: one definition for both.
 */

/**
 * The config's `language`, else (`"auto"`) `<html lang>`, else the browser's, as a
 * lower-case primary subtag. Norwegian `no` and `nn` (Nynorsk) read as `nb`: the bundled
 * Norwegian is Bokmål, which a Nynorsk reader reads, rather than English.
 *
 * @example
 * pageLanguage('auto'); // 'nb' in a browser set to nn-NO, on a page without <html lang>
 */
export const pageLanguage = (language?: string): string =>
  ((language != 'auto' && language) || document.documentElement.lang || navigator.language || 'en')
    .split('-')[0]!
    .toLowerCase()
    .replace(/^n[no]$/, 'nb');
