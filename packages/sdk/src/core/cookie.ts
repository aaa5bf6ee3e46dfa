import type { ResolvedConfig } from './config';
import { allIds, isRequired, type ConsentState } from './state';

// Format: 1.<id>.<revision>.<decidedAt>.<expiresAt>.<granted ids>.<denied ids>.<checksum>
// Times are seconds in base 36 and ids are joined by "+": it stays short and needs no escaping.
// Format 2, written only when there are flags, adds <flags> after <expiresAt> ("g": the
// browser sent GPC); format 1 stays readable, as format 2 without flags.
const VERSION = '1';
const UUID = /^[\da-f]{8}(-[\da-f]{4}){3}-[\da-f]{12}$/;

/** FNV-1a, in base 36: catches a hand-edited cookie. The server's proof log, not this, is the authoritative record. */
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
  const flags = s.gpc ? ['g'] : [];
  const body = [
    flags.length ? '2' : VERSION,
    s.id,
    s.revision,
    t36(s.decidedAt),
    t36(s.expiresAt),
    ...flags,
    ids.filter((i) => s.decisions[i]).join('+'),
    ids.filter((i) => !s.decisions[i]).join('+'),
  ].join('.');
  return body + '.' + checksum(body);
}

/**
 * The fields of a well-formed value with a valid checksum, or null (format 1 read as format
 * 2 without flags): id, revision, decidedAt, expiresAt, flags, granted, denied after the version.
 *
 * @example
 * parseConsent(value)?.[2]; // the revision, as stored
 */
export function parseConsent(value: string | undefined): string[] | null {
  const parts = (value || '').split('.');
  const n = parts.length - 1;
  if (
    !((parts[0] === VERSION && n == 7) || (parts[0] === '2' && n == 8)) ||
    checksum(parts.slice(0, n).join('.')) !== parts[n] ||
    !UUID.test(parts[1]!)
  )
    return null;
  // Format 1 reads as format 2 without flags.
  if (n == 7) parts.splice(5, 0, '');
  return parts;
}

/**
 * Reads a consent cookie's value. Anything missing, unreadable, of another format version,
 * tampered with, expired, of another revision or not covering every configured id is no
 * decision (null): the visitor is asked again. It never counts as consent.
 *
 * @example
 * const state = decodeConsent(Cookies.get('cookiegate'), config, Date.now());
 */
export const decodeConsent = (value: string | undefined, config: ResolvedConfig, now: number): ConsentState | null =>
  decode(parseConsent(value), config, now);

function decode(parts: string[] | null, config: ResolvedConfig, now: number): ConsentState | null {
  if (!parts) return null;
  const [, id, rev, decided, expires, flags, granted, denied] = parts as [
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  const decidedAt = parseInt(decided, 36) * 1000;
  const expiresAt = parseInt(expires, 36) * 1000;
  if (String(config.revision) !== rev || !(expiresAt > now) || !(decidedAt <= now + 864e5)) return null;
  const decisions: Record<string, boolean> = Object.create(null);
  // An empty list splits into [''], which is no id.
  for (const i of denied.split('+')) decisions[i] = false;
  for (const i of granted.split('+')) decisions[i] = true;
  const result: Record<string, boolean> = {};
  for (const i of allIds(config)) {
    // An id the visitor was never asked about means the decision is incomplete: ask again.
    if (!(i in decisions) && !isRequired(config, i)) return null;
    result[i] = decisions[i] === true || isRequired(config, i);
  }
  return {
    id,
    revision: config.revision,
    decidedAt,
    expiresAt,
    decisions: result,
    ...(flags.includes('g') && { gpc: true }),
  };
}

/**
 * Reads the stored decision, or null, and the consent id of a genuine decision made on
 * another revision (the visitor is re-prompted under the same id: reprompt.ts). The cookie
 * jar is read and the value parsed once.
 *
 * @example
 * const { state, staleId } = readConsent(config);
 */
export function readConsent(
  config: ResolvedConfig,
  now = Date.now(),
): { state: ConsentState | null; staleId?: string } {
  // js-cookie writes it (cookie-write.ts, in the write path); reading needs no library: the
  // name is checked ([\w-]) and the value never holds a character js-cookie would encode.
  const parts = parseConsent(document.cookie.match('(?:^|; )' + config.cookie.name + '=([^;]*)')?.[1]);
  return {
    state: decode(parts, config, now),
    staleId: parts && parts[2] !== String(config.revision) ? parts[1] : undefined,
  };
}
