import type { LocalText, ResolvedConfig } from '../core/config';
import type en from '../i18n/en/banner';
import type enDetails from '../i18n/en/details';

/**
 * The banner's texts (in the first download), by key; `{name}` marks a value filled in when
 * shown (the intro's `{purposes}` in lower case, or `{Purposes}` as the categories are written).
 */
export type BannerTexts = typeof en;
/** The preferences' and the declaration's texts (with them). */
export type DetailsTexts = typeof enDetails;
/** Every text of the UI. */
export type Texts = BannerTexts & DetailsTexts;

/**
 * The texts for a language: the bundled ones with the config's `texts[lang]` over them.
 * With `warn` (once every text is known), unknown keys in the config are reported
 * (probably typos); they are ignored.
 *
 * @example
 * resolveTexts(sv, 'sv', { texts: { sv: { title: 'Kakor' } } }).title // 'Kakor'
 */
export function resolveTexts<T extends object>(
  base: T,
  lang: string,
  cfg: Pick<ResolvedConfig, 'texts'>,
  warn?: boolean,
): T {
  const own = cfg.texts?.[lang] || {};
  if (warn)
    for (const k in own)
      if (!(k in base)) console.warn('[cookiegate] config: texts.' + lang + '.' + k + ': unknown text (ignored)');
  const out = { ...base } as Record<string, unknown>;
  for (const k in base) if (typeof own[k] == 'string') out[k] = own[k];
  return out as T;
}

/**
 * Fills `{name}` placeholders. The result is a plain string: it is always rendered as
 * text, never as HTML.
 *
 * @example
 * fmt('Partners: {vendors}.', { vendors: 'Google' }) // 'Partners: Google.'
 * fmt('Partners: {vendors}.', { vendors: 'Smartlook.com, s.r.o.' }) // 'Partners: Smartlook.com, s.r.o.'
 */
export const fmt = (s: string, vars: Record<string, string>): string =>
  // A value ending a sentence with its own full stop ("Smartlook.com, s.r.o.") gets no second one.
  s.replace(/\{(\w+)\}/g, (m, k: string) => vars[k] ?? m).replace(/\.\.$/, '.');

/**
 * A config text in the visitor's language: the string itself, else its `lang` entry, else
 * English, else the first one given.
 *
 * @example
 * local({ sv: 'Analys', en: 'Analytics' }, 'da') // 'Analytics'
 */
export function local(t: LocalText | undefined, lang: string): string | undefined {
  if (t == null || typeof t == 'string') return t;
  return t[lang] ?? t.en ?? Object.values(t)[0];
}

/**
 * A list in the visitor's language: "a, b and c", with the language's `and` text. (Not
 * Intl.ListFormat: its first use in a page costs tens of milliseconds of main-thread time
 * loading locale data, on the banner's path.)
 *
 * @example
 * list(['statistik', 'marknadsföring', 'annonser'], 'och') // 'statistik, marknadsföring och annonser'
 */
export const list = (items: string[], and: string): string =>
  items.length > 1 ? items.slice(0, -1).join(', ') + ' ' + and + ' ' + items[items.length - 1] : items.join('');
