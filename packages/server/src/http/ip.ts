/**
 * IP pseudonymisation: /24 or /48 prefix plus an optional keyed HMAC of the
 * full address. The full IP is never stored.
 */
import { createHmac } from 'node:crypto';
import { isIPv4, isIPv6 } from 'node:net';

/** One HMAC key; the first key of a list is the current one. */
export interface IpHmacKey {
  id: string;
  secret: Buffer;
}

/**
 * Parses `COOKIEGATE_IP_HMAC_KEYS`: `"k2:base64,k1:base64"`, current key first.
 * @example parseIpHmacKeys(process.env.COOKIEGATE_IP_HMAC_KEYS)
 */
export function parseIpHmacKeys(spec: string | undefined): IpHmacKey[] {
  if (!spec || !spec.trim()) return [];
  return spec.split(',').map((part) => {
    const i = part.indexOf(':');
    const id = part.slice(0, i).trim();
    const secret = Buffer.from(part.slice(i + 1).trim(), 'base64');
    if (i < 1 || !/^[A-Za-z0-9_.-]{1,32}$/.test(id)) throw new Error(`bad IP HMAC key id in "${id}"`);
    if (secret.length < 16) throw new Error(`IP HMAC key ${id} must be at least 16 bytes (base64)`);
    return { id, secret };
  });
}

/**
 * Strips an IPv4-mapped IPv6 prefix.
 * @example normalizeIp('::ffff:1.2.3.4') // '1.2.3.4'
 */
export function normalizeIp(ip: string): string {
  const m = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  return m ? m[1]! : ip;
}

function expandIpv6(ip: string): number[] {
  let s = ip.split('%')[0]!;
  const v4 = /(\d+\.\d+\.\d+\.\d+)$/.exec(s);
  if (v4) {
    const o = v4[1]!.split('.').map(Number);
    s = s.slice(0, -v4[1]!.length) + `${((o[0]! << 8) | o[1]!).toString(16)}:${((o[2]! << 8) | o[3]!).toString(16)}`;
  }
  const [head, tail] = s.split('::') as [string, string | undefined];
  const h = head ? head.split(':') : [];
  const t = tail ? tail.split(':') : [];
  const fill = tail === undefined ? [] : Array(8 - h.length - t.length).fill('0');
  return [...h, ...fill, ...t].map((x) => parseInt(x, 16));
}

/**
 * Truncated network prefix: /24 for IPv4, /48 for IPv6; null if not an IP.
 * @example ipPrefix('203.0.113.7') // '203.0.113.0/24'
 */
export function ipPrefix(raw: string): string | null {
  const ip = normalizeIp(raw);
  if (isIPv4(ip)) return `${ip.split('.').slice(0, 3).join('.')}.0/24`;
  if (isIPv6(ip)) {
    const g = expandIpv6(ip);
    return `${g
      .slice(0, 3)
      .map((x) => x.toString(16))
      .join(':')}::/48`;
  }
  return null;
}

/**
 * Canonical text form of an address, so the same IP always gets the same HMAC.
 * @example canonicalIp('2001:db8::1') // '2001:db8:0:0:0:0:0:1'
 */
export function canonicalIp(raw: string): string {
  const ip = normalizeIp(raw);
  if (isIPv6(ip))
    return expandIpv6(ip)
      .map((x) => x.toString(16))
      .join(':');
  return ip;
}

/**
 * base64url HMAC-SHA256 of the canonical full IP under the current key.
 * @example ipHmac('203.0.113.7', keys[0]) // { ipHmac: '…', ipKeyId: 'k2' }
 */
export function ipHmac(raw: string, key: IpHmacKey): { ipHmac: string; ipKeyId: string } {
  return { ipHmac: createHmac('sha256', key.secret).update(canonicalIp(raw)).digest('base64url'), ipKeyId: key.id };
}
