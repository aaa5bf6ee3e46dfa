/**
 * Global Privacy Control (`navigator.globalPrivacyControl`). In an opt-in regime GPC never
 * grants anything and never hides the banner; it keeps advertising categories (those
 * controlling Google's ad consent types) denied unless the visitor turns them on
 * explicitly, and the stored decision records that GPC was seen.
 */
import type { ResolvedConfig } from './config';
import { AD, consentTypes } from './consent-mode';
import { servicesWhere } from './state';

/** Whether the browser sends GPC. */
export const gpcOn = (): boolean => (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl === true;

/**
 * The advertising category ids and their services: what GPC keeps denied on "accept all",
 * and what a preferences panel should show switched off.
 *
 * @example
 * gpcDenied(config); // ['marketing', 'ads', 'meta']
 */
export function gpcDenied(config: ResolvedConfig): string[] {
  const map = consentTypes(config);
  const cats = Object.keys(config.categories).filter(
    (c) => !config.categories[c]!.required && AD.some((t) => map[t]?.includes(c)),
  );
  return [...cats, ...servicesWhere(config, (s) => cats.includes(s.category))];
}

/** What "accept all" leaves refused: with GPC, the advertising categories and their services. */
export const gpcChoices = (config: ResolvedConfig): Record<string, boolean> =>
  gpcOn() ? Object.fromEntries(gpcDenied(config).map((id) => [id, false])) : {};
