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
 * What the UI shows about a vendor preset, in sv, en and da. Ships with the UI chunk,
 * never in the head script.
 */
export interface PresetInfo {
  vendor: string;
  title: LocalText;
  purpose: LocalText;
  description: LocalText;
  privacyUrl: string;
  cookies: PresetCookieInfo[];
}
