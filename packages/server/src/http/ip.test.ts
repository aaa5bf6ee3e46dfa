import { describe, expect, it } from 'vitest';
import { canonicalIp, ipHmac, ipPrefix, parseIpHmacKeys } from './ip.js';

describe('ip pseudonymisation', () => {
  it('truncates IPv4 to /24 and IPv6 to /48', () => {
    expect(ipPrefix('203.0.113.77')).toBe('203.0.113.0/24');
    expect(ipPrefix('::ffff:203.0.113.77')).toBe('203.0.113.0/24');
    expect(ipPrefix('2001:db8:85a3:8d3:1319:8a2e:370:7348')).toBe('2001:db8:85a3::/48');
    expect(ipPrefix('2001:db8::1')).toBe('2001:db8:0::/48');
    expect(ipPrefix('::1')).toBe('0:0:0::/48');
    expect(ipPrefix('not-an-ip')).toBeNull();
  });

  it('HMACs the canonical full address with the current key, never a plain hash', () => {
    const [k2, k1] = parseIpHmacKeys(
      `k2:${Buffer.alloc(32, 2).toString('base64')},k1:${Buffer.alloc(32, 1).toString('base64')}`,
    );
    const a = ipHmac('2001:db8::1', k2!);
    expect(a.ipKeyId).toBe('k2');
    expect(ipHmac('2001:0db8:0:0:0:0:0:1', k2!).ipHmac).toBe(a.ipHmac);
    expect(ipHmac('2001:db8::1', k1!).ipHmac).not.toBe(a.ipHmac);
    expect(canonicalIp('::ffff:10.0.0.1')).toBe('10.0.0.1');
  });

  it('rejects weak or malformed HMAC keys', () => {
    expect(parseIpHmacKeys(undefined)).toEqual([]);
    expect(() => parseIpHmacKeys('k1:c2hvcnQ=')).toThrow(/16 bytes/);
    expect(() => parseIpHmacKeys('nokey')).toThrow();
  });
});
