/**
 * A cookie or storage key a vendor preset declares, as the UI's cookie table shows it (its
 * purpose, a text, comes from each language's `i18n/<lang>/presets.ts`).
 *
 * @example
 * { name: '_ga', lifetime: 'P2Y' }
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
}

/**
 * What the preferences and the declaration show about a vendor preset that is the same in
 * every language: its privacy link and its cookies' names, lifetimes and domains. Ships
 * with the UI's presets file, never in the head script. Its vendor and name are in
 * `PresetBlocking` (the banner names vendors from the resolved config); its texts are in
 * `PresetTexts`.
 *
 * @example
 * { privacyUrl: 'https://policies.google.com/privacy', cookies: [{ name: '_ga', lifetime: 'P2Y' }] }
 */
export interface PresetInfo {
  privacyUrl: string;
  cookies: PresetCookieInfo[];
}

/**
 * One language's texts of the presets (`i18n/<lang>/presets.ts`), by preset id: what the
 * service is for, a sentence about it, and each of its cookies' purpose in the order of its
 * `PresetInfo` cookies. A tuple and a list rather than keys and cookie names, so that a
 * visitor does not download the keys and the names twice (the presets' texts file is
 * size-budgeted).
 *
 * @example
 * { 'google-analytics': ['Visitor statistics', 'Measures …', ['Tells visitors apart', 'Keeps the session state']] }
 */
export type PresetTexts = Record<string, [purpose: string, description: string, cookies: string[]]>;

/**
 * A preset as the preferences and the declaration show it, in one language: its
 * `PresetInfo` with its texts and (attached by whoever builds the lookup from
 * `PresetBlocking`) its vendor, so that the UI gives the vendor's privacy link only under
 * the vendor's own name.
 *
 * @example
 * { vendor: 'Google Ireland Ltd', purpose: 'Visitor statistics', description: '…', privacyUrl: '…', cookies: [{ name: '_ga', lifetime: 'P2Y', purpose: 'Tells visitors apart' }] }
 */
export interface PresetDetails {
  vendor?: string;
  purpose: string;
  description: string;
  privacyUrl: string;
  cookies: Array<PresetCookieInfo & { purpose: string }>;
}
