import type { CookieDeclaration } from '../core/config';

/**
 * What the head script needs of a vendor preset to block and clean up after it: the hosts
 * it loads from or reports to, and the cookies and storage keys it leaves. Kept apart from
 * the descriptive texts (`PresetInfo`), which only the UI needs.
 *
 * A host is a domain suffix, optionally followed by a path and query prefix:
 * `googletagmanager.com/gtag/js?id=G-` matches `https://www.googletagmanager.com/gtag/js?id=G-ABC`.
 *
 * @example
 * { category: 'analytics', hosts: ['google-analytics.com'], cookies: ['_ga', '_ga_*'] }
 */
export interface PresetBlocking {
  /** The category id the service goes to unless the config says otherwise. */
  category: string;
  hosts?: string[];
  cookies?: Array<string | CookieDeclaration>;
  storage?: string[];
}
