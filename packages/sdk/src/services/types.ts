import type { LocalText } from '../core/config';

/**
 * A cookie or storage key a vendor preset declares, as the UI's cookie table shows it.
 *
 * @example
 * { name: '_ga', lifetime: 'P2Y', domain: '(site)', purpose: { sv: '…', en: 'Tells visitors apart', da: '…' } }
 */
export interface PresetCookieInfo {
  /** Name or `*` pattern. */
  name: string;
  /** `"session"` or an ISO 8601 duration. */
  lifetime: string;
  /** Where it is set, if not the site itself. */
  domain?: string;
  /** localStorage / sessionStorage rather than a cookie. */
  storage?: 'local' | 'session';
  purpose: LocalText;
}

/**
 * What the preferences and the declaration show about a vendor preset, in sv, en and da.
 * Ships with the UI's details file, never in the head script. Its vendor and name are in
 * `PresetBlocking` (the banner names vendors from the resolved config).
 */
export interface PresetInfo {
  /**
   * The preset's vendor, attached by whoever builds the lookup from `PresetBlocking` (the UI
   * needs it to give the vendor's privacy link only under the vendor's own name).
   */
  vendor?: string;
  purpose: LocalText;
  description: LocalText;
  privacyUrl: string;
  cookies: PresetCookieInfo[];
}
