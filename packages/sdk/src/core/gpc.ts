/**
 * Global Privacy Control (`navigator.globalPrivacyControl`). In an opt-in regime GPC never
 * grants anything and never hides the banner; it keeps advertising categories (those
 * controlling Google's ad consent types) denied unless the visitor turns them on
 * explicitly, and the stored decision records that GPC was seen.
 */
import type { ResolvedConfig } from './config';
import { AD, consentTypes } from './consent-mode';
import { servicesWhere } from './state';

/**
 * What GPC's rule takes from Consent Mode (consent-mode.ts): the script-tag build's write path
 * is handed the head script's copy (`Head`, chunk.ts), so that cookiegate-decide.js carries none.
 */
export interface AdTypes {
  consentTypes: typeof consentTypes;
  AD: typeof AD;
}

/** Whether the browser sends GPC. */
export const gpcOn = (): boolean => (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl === true;

function denied(config: ResolvedConfig, { consentTypes, AD }: AdTypes): string[] {
  const map = consentTypes(config);
  const cats = Object.keys(config.categories).filter(
    (c) => !config.categories[c]!.required && AD.some((t) => map[t]?.includes(c)),
  );
  return [...cats, ...servicesWhere(config, (s) => cats.includes(s.category))];
}

/**
 * The advertising category ids and their services: what GPC keeps denied on "accept all",
 * and what a preferences panel should show switched off.
 *
 * @example
 * gpcDenied(config); // ['marketing', 'ads', 'meta']
 */
export const gpcDenied = (config: ResolvedConfig): string[] => denied(config, { consentTypes, AD });

/**
 * What "accept all" leaves refused: with GPC, the advertising categories and their services.
 *
 * @example
 * gpcChoices(config, { consentTypes, AD }); // { marketing: false, ads: false } with GPC, else {}
 */
export const gpcChoices = (config: ResolvedConfig, types: AdTypes): Record<string, boolean> =>
  gpcOn() ? Object.fromEntries(denied(config, types).map((id) => [id, false])) : {};
