/**
 * Which X-Forwarded-For entry is the client: only hops the operator names are
 * trusted, counted from the right (the entries a client writes itself are on the left).
 */
import { BlockList, isIPv4, isIPv6 } from 'node:net';
import { normalizeIp } from './ip.js';

/**
 * `false`: the socket address is the client (default). A number n ≥ 1: n proxies in
 * front, so the client is the n-th X-Forwarded-For entry from the right. A list of
 * addresses/CIDRs (`['10.0.0.0/8', '::1']`): walk from the socket address leftwards
 * while the address is one of them.
 */
export type TrustProxy = false | number | readonly string[];

/** A compiled {@link TrustProxy}: see {@link proxyTrust}. */
export interface ProxyTrust {
  /** The client address for a socket address and X-Forwarded-For value. */
  clientIp(socketAddress: string | undefined, forwardedFor: string | null | undefined): string | undefined;
  /** Whether a connection from this address comes from a trusted proxy (not a client of its own). */
  isProxy(socketAddress: string | undefined): boolean;
}

const ipType = (ip: string): 'ipv4' | 'ipv6' | undefined => (isIPv4(ip) ? 'ipv4' : isIPv6(ip) ? 'ipv6' : undefined);

/**
 * Checks and compiles a trust-proxy setting; throws naming what is wrong.
 * @example
 * const trust = proxyTrust(1); // one reverse proxy in front
 * trust.clientIp('10.0.0.2', '6.6.6.6, 198.51.100.7') // '198.51.100.7'
 */
export function proxyTrust(setting: TrustProxy | true | undefined): ProxyTrust {
  if (setting === undefined || setting === false || setting === 0)
    return { clientIp: (socket) => socket, isProxy: () => false };
  if (setting === true)
    throw new Error(
      'trust proxy "true" would trust an address the client writes: give the number of proxies in front (e.g. 1) or their addresses',
    );
  if (typeof setting === 'number') {
    if (!Number.isSafeInteger(setting) || setting < 0)
      throw new Error(`trust proxy must be a whole number of proxies (got ${setting})`);
    const n = setting;
    return {
      clientIp(socket, forwardedFor) {
        const hops = entries(forwardedFor);
        if (hops.length === 0) return socket;
        const pick = hops[Math.max(0, hops.length - n)]!;
        return ipType(normalizeIp(pick)) ? pick : socket;
      },
      isProxy: () => true, // every connection comes through the proxies
    };
  }
  const list = new BlockList();
  for (const raw of setting) {
    const [addr = '', bits, extra] = raw.trim().split('/');
    const type = ipType(addr);
    const prefix = bits === undefined ? undefined : Number(bits);
    const max = type === 'ipv4' ? 32 : 128;
    if (
      !type ||
      extra !== undefined ||
      (prefix !== undefined && !(Number.isInteger(prefix) && prefix >= 0 && prefix <= max && bits !== ''))
    )
      throw new Error(`trust proxy: "${raw}" is not an IP address or CIDR (e.g. 10.0.0.1, 10.0.0.0/8, fd00::/8)`);
    if (prefix === undefined) list.addAddress(addr, type);
    else list.addSubnet(addr, prefix, type);
  }
  const trusted = (ip: string | undefined): boolean => {
    if (!ip) return false;
    const a = normalizeIp(ip);
    const type = ipType(a);
    return !!type && list.check(a, type);
  };
  return {
    clientIp(socket, forwardedFor) {
      const hops = entries(forwardedFor);
      let client = socket;
      while (trusted(client) && hops.length > 0) {
        const next = hops.pop()!;
        if (!ipType(normalizeIp(next))) break; // garbage from a trusted hop: stop at that hop
        client = next;
      }
      return client;
    },
    isProxy: trusted,
  };
}

function entries(forwardedFor: string | null | undefined): string[] {
  return forwardedFor
    ? forwardedFor
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : [];
}

/**
 * Parses `--trust-proxy` / `COOKIEGATE_TRUST_PROXY`: empty or `false` (off), a number of
 * proxies, or a comma-separated list of proxy addresses/CIDRs.
 * @example parseTrustProxy('1') // 1
 * @example parseTrustProxy('10.0.0.0/8, 192.0.2.7') // ['10.0.0.0/8', '192.0.2.7']
 */
export function parseTrustProxy(spec: string | undefined): TrustProxy {
  const s = (spec ?? '').trim();
  if (s === '' || s === 'false') return false;
  if (s === 'true')
    throw new Error(
      '--trust-proxy true would trust the left-most X-Forwarded-For entry, which the client writes: give the number of proxies in front (e.g. 1) or their addresses/CIDRs',
    );
  if (/^\d+$/.test(s)) {
    const n = Number(s);
    proxyTrust(n);
    return n;
  }
  const list = s
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean);
  try {
    proxyTrust(list);
  } catch (err) {
    throw new Error(`--trust-proxy: ${(err as Error).message.replace(/^trust proxy: /, '')}`, { cause: err });
  }
  return list;
}
