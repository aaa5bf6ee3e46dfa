import Cookies from 'js-cookie';
import type { ResolvedConfig } from './config';
import { allIds, isRequired, type ConsentState } from './state';

// Format: 1.<id>.<revision>.<decidedAt>.<expiresAt>.<granted ids>.<denied ids>.<checksum>
// Times are seconds in base 36 and ids are joined by "+": it stays short and needs no escaping.
const VERSION = '1';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** FNV-1a: catches a hand-edited cookie. The server's proof log, not this, is the authoritative record. */
function checksum(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

const t36 = (ms: number) => Math.floor(ms / 1000).toString(36);

/**
 * Serialises a decision into the consent cookie's value.
 *
 * @example
 * encodeConsent({ id, revision: 1, decidedAt: Date.now(), expiresAt, decisions: { analytics: true } });
 */
export function encodeConsent(s: ConsentState): string {
  const ids = Object.keys(s.decisions);
  const body = [VERSION, s.id, s.revision, t36(s.decidedAt), t36(s.expiresAt), ids.filter((i) => s.decisions[i]).join('+'), ids.filter((i) => !s.decisions[i]).join('+')].join('.');
  return body + '.' + checksum(body);
}

/**
 * Reads a consent cookie's value. Anything missing, unreadable, of another format version,
 * tampered with, expired, of another revision or not covering every configured id is no
 * decision (null): the visitor is asked again. It never counts as consent.
 *
 * @example
 * const state = decodeConsent(Cookies.get('cookiegate'), config, Date.now());
 */
export function decodeConsent(value: string | undefined, config: ResolvedConfig, now: number): ConsentState | null {
  const parts = (value || '').split('.');
  if (parts.length != 8 || parts[0] !== VERSION) return null;
  const [, id, rev, decided, expires, granted, denied, sum] = parts as [string, string, string, string, string, string, string, string];
  if (checksum(parts.slice(0, 7).join('.')) !== sum || !UUID.test(id)) return null;
  const decidedAt = parseInt(decided, 36) * 1000;
  const expiresAt = parseInt(expires, 36) * 1000;
  if (String(config.revision) !== rev || !(expiresAt > now) || !(decidedAt <= now + 864e5)) return null;
  const decisions: Record<string, boolean> = Object.create(null);
  for (const i of denied ? denied.split('+') : []) decisions[i] = false;
  for (const i of granted ? granted.split('+') : []) decisions[i] = true;
  const result: Record<string, boolean> = {};
  for (const i of allIds(config)) {
    // An id the visitor was never asked about means the decision is incomplete: ask again.
    if (!(i in decisions) && !isRequired(config, i)) return null;
    result[i] = isRequired(config, i) || decisions[i] === true;
  }
  return { id, revision: config.revision, decidedAt, expiresAt, decisions: result };
}

/** Reads the stored decision, or null. */
export const readConsent = (config: ResolvedConfig, now = Date.now()) => decodeConsent(Cookies.get(config.cookie.name), config, now);

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
