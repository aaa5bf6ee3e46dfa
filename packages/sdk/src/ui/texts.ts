import type { LocalText, ResolvedConfig } from '../core/config';
import type en from './i18n/en';

/** Every text of the UI, by key; `{name}` marks a value filled in when shown. */
export type Texts = typeof en;

/**
 * The texts for a language: the bundled ones with the config's `texts[lang]` over them.
 * Unknown keys in the config are reported (probably typos) and ignored.
 *
 * @example
 * resolveTexts(sv, 'sv', { texts: { sv: { title: 'Kakor' } } }).title // 'Kakor'
 */
export function resolveTexts(base: Texts, lang: string, cfg: Pick<ResolvedConfig, 'texts'>): Texts {
  const own = cfg.texts?.[lang] || {};
  for (const k in own) if (!(k in base)) console.warn('[cookiegate] config: texts.' + lang + '.' + k + ': unknown text (ignored)');
  const out = { ...base };
  for (const k in base) if (typeof own[k] == 'string') out[k as keyof Texts] = own[k]!;
  return out;
}

/**
 * Fills `{name}` placeholders. The result is a plain string: it is always rendered as
 * text, never as HTML.
 *
 * @example
 * fmt('Partners: {vendors}.', { vendors: 'Google' }) // 'Partners: Google.'
 */
export const fmt = (s: string, vars: Record<string, string>): string => s.replace(/\{(\w+)\}/g, (m, k: string) => vars[k] ?? m);

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
 * A list in the visitor's language: "a, b and c".
 *
 * @example
 * list(['statistik', 'marknadsföring'], 'sv') // 'statistik och marknadsföring'
 */
export const list = (items: string[], lang: string): string => new Intl.ListFormat(lang, { type: 'conjunction' }).format(items);
