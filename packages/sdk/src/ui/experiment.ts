/**
 * Fair banner experiments (issue 17), where the banner is rendered (never the head script:
 * `cookiegate-experiment.js`, which the banner loads where the config has experiments):
 * one variant drawn at random for this page view, with no identifier and nothing stored;
 * the proof of a decision names it. The config check has made sure that a variant changes
 * presentation only (core/variant-check.ts).
 */
import type { BannerVariant, ResolvedConfig } from '../core/config';
import { adopt } from '../core/launcher';
import { countImpression } from './impression';
import { DARK, LIGHT } from './style';

/** The variant this page view shows. */
export interface Drawn {
  id: string;
  variant: BannerVariant;
}

/**
 * Draws one of the config's variants, each equally likely (`crypto.getRandomValues`;
 * the modulo bias of 2³² over at most 8 variants is below 2⁻²⁹). Undefined without experiments.
 *
 * @example
 * draw({ experiments: { variants: { a: {}, b: { position: 'top' } } } })?.id // 'a' or 'b'
 */
export function draw(cfg: Pick<ResolvedConfig, 'experiments'>): Drawn | undefined {
  const variants = cfg.experiments?.variants || {};
  const ids = Object.keys(variants);
  if (!ids.length) return undefined;
  const id = ids[crypto.getRandomValues(new Uint32Array(1))[0]! % ids.length]!;
  return { id, variant: variants[id]! };
}

/**
 * The config's texts with the variant's over them, for `resolveTexts`.
 *
 * @example
 * textsOf({ texts: { en: { title: 'Cookies' } } }, { texts: { en: { title: 'Cookies?' } } }).en.title // 'Cookies?'
 */
export function textsOf(
  cfg: Pick<ResolvedConfig, 'texts'>,
  variant: BannerVariant | undefined,
): ResolvedConfig['texts'] {
  const out = { ...cfg.texts };
  for (const lang in variant?.texts) out[lang] = { ...out[lang], ...variant.texts[lang] } as Record<string, string>;
  return out;
}

/**
 * Shows a variant's position and theme: attributes of cookiegate's host element that
 * {@link VARIANT_CSS} reads (the same for the banner and the preferences over it).
 *
 * @example
 * present(root.host, { position: 'top', theme: 'dark' });
 */
export function present(host: Element, variant: BannerVariant): void {
  if (variant.position) host.setAttribute('data-position', variant.position);
  if (variant.theme && variant.theme != 'auto') host.setAttribute('data-theme', variant.theme);
}

/**
 * The variants' positions and themes (the colours of style.ts's light and dark schemes,
 * here forced rather than following `prefers-color-scheme`). Every button keeps the same
 * style in every variant.
 */
export const VARIANT_CSS =
  `:host([data-theme=light]) .cg{${LIGHT}}:host([data-theme=dark]) .cg{${DARK}}` +
  ':host([data-position=top]) .ban{top:6px;bottom:auto}@media(min-width:720px){:host([data-position=top]) .ban{top:16px}}';

/**
 * Starts the experiment and the impression count for the banner about to show: draws a
 * variant when the banner asks a visitor without a valid decision (`asking`), shows its
 * position and theme, and counts an impression if the config asks for it. Returns the
 * variant's id and the texts to show, or undefined without a variant.
 *
 * @example
 * const x = start(cfg, root, 'sv', !api.getConsent(), () => seen, () => decided);
 * if (x) texts = resolveTexts(base, 'sv', x);
 */
export function start(
  cfg: ResolvedConfig,
  root: ShadowRoot,
  lang: string,
  asking: boolean,
  seen: () => boolean,
  decided: () => boolean,
): { id: string; texts: ResolvedConfig['texts'] } | undefined {
  const drawn = asking ? draw(cfg) : undefined;
  if (drawn) {
    adopt(root, VARIANT_CSS, cfg.ui?.nonce);
    present(root.host, drawn.variant);
  }
  countImpression(cfg, { seen, decided, locale: lang, variant: drawn?.id });
  return drawn && { id: drawn.id, texts: textsOf(cfg, drawn.variant) };
}
