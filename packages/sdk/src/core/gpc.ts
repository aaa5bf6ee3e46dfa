/**
 * Global Privacy Control (`navigator.globalPrivacyControl`). In an opt-in regime GPC never
 * grants anything and never hides the banner; it keeps advertising categories (those
 * controlling Google's ad consent types) denied unless the visitor turns them on
 * explicitly, and the stored decision records that GPC was seen.
 */
import type { ResolvedConfig } from './config';
import { consentTypes } from './consent-mode';

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
    (c) => !config.categories[c]!.required && ['ad_storage', 'ad_user_data', 'ad_personalization'].some((t) => map[t]?.includes(c)),
  );
  return [...cats, ...Object.keys(config.services).filter((s) => cats.includes(config.services[s]!.category))];
}

/** What "accept all" leaves refused: with GPC, the advertising categories and their services. */
export const gpcChoices = (config: ResolvedConfig): Record<string, boolean> =>
  gpcOn() ? Object.fromEntries(gpcDenied(config).map((id) => [id, false])) : {};
