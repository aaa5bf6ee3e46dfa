import type { CookieDeclaration, LocalText } from '../core/config';

/**
 * What the head script needs of a vendor preset to block and clean up after it (the hosts
 * it loads from or reports to, the cookies and storage keys it leaves) and what the banner
 * names it by. Kept apart from the descriptive texts (`PresetInfo`), which only the
 * preferences and the declaration need.
 *
 * A host is a domain suffix, optionally followed by a path and query prefix:
 * `googletagmanager.com/gtag/js?id=G-` matches `https://www.googletagmanager.com/gtag/js?id=G-ABC`.
 *
 * @example
 * { vendor: 'Google Ireland Ltd', title: 'Google Analytics', category: 'analytics', hosts: ['google-analytics.com'], cookies: ['_ga', '_ga_*'] }
 */
export interface PresetBlocking {
  /** The company that runs it (one name in every language: the banner lists it). */
  vendor: string;
  /** The service's name. */
  title: LocalText;
  /** The category id the service goes to unless the config says otherwise. */
  category: string;
  hosts?: string[];
  cookies?: Array<string | CookieDeclaration>;
  storage?: string[];
}
