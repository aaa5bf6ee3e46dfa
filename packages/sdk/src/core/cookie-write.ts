/**
 * Writing cookies, in the write path only: the consent cookie (its format is cookie.ts's,
 * which reads it in the head script without a library) and the removal of what refused
 * services left (cleanup.ts). Hand-written rather than js-cookie: the write path is fetched
 * on a first visit's click, on the size-critical path (issue 15) like the head script, and
 * js-cookie was a fifth of its bytes for what is one assignment to `document.cookie` here.
 * Nothing needs encoding: the consent cookie's name is checked ([\w-]) and its value is
 * [\w.+-] (cookie.ts); a vendor's cookie is removed under the name the browser lists, or the
 * one its service declares (a name that holds `;` or `=` cannot be a cookie's and is never
 * written). As js-cookie did, an attribute's value ends at its first `;`, so that a config's
 * path cannot add attributes.
 */
import type { ResolvedConfig } from './config';
import { encodeConsent } from './cookie';
import type { ConsentState } from './state';

/** `;key=value` (up to the value's first `;`), or nothing without a value. */
const attr = (key: string, value?: string) => (value ? ';' + key + '=' + value.split(';')[0] : '');

/**
 * Sets (or, with an `expires` in the past, removes) a cookie at `path` and `domain` (none:
 * the current host only).
 *
 * @example
 * setCookie('_ga', '', new Date(0), '/', '.shop.example'); // removes it
 */
export function setCookie(
  name: string,
  value: string,
  expires: Date,
  path: string,
  domain?: string,
  sameSite?: string,
): void {
  if (/[;=]/.test(name)) return;
  document.cookie =
    name +
    '=' +
    value +
    attr('path', path) +
    attr('domain', domain) +
    attr('expires', expires.toUTCString()) +
    attr('SameSite', sameSite) +
    // Secure on https; SameSite=None needs it everywhere.
    (location.protocol == 'https:' || sameSite == 'None' ? ';Secure' : '');
}

/**
 * Stores a decision in the consent cookie, expiring with it (null, or no decision: deletes it).
 *
 * @example
 * writeConsent(config, state);
 */
export function writeConsent(config: ResolvedConfig, s: ConsentState | null): void {
  const { name, path, domain, sameSite } = config.cookie;
  setCookie(name, s ? encodeConsent(s) : '', new Date(s ? s.expiresAt : 0), path, domain, sameSite);
}
