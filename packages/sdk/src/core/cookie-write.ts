/**
 * Writing the consent cookie (js-cookie), for the write path only: the head script reads
 * it without a library (cookie.ts).
 */
import Cookies from 'js-cookie';
import type { ResolvedConfig } from './config';
import { encodeConsent } from './cookie';
import type { ConsentState } from './state';

const attributes = (config: ResolvedConfig) => ({
  path: config.cookie.path,
  domain: config.cookie.domain,
  sameSite: config.cookie.sameSite,
  secure: location.protocol == 'https:' || config.cookie.sameSite == 'None',
});

/** Stores a decision in the consent cookie, expiring with it. */
export function writeConsent(config: ResolvedConfig, s: ConsentState): void {
  Cookies.set(config.cookie.name, encodeConsent(s), { ...attributes(config), expires: new Date(s.expiresAt) });
}

/** Deletes the consent cookie. */
export const clearConsent = (config: ResolvedConfig) => Cookies.remove(config.cookie.name, attributes(config));
