import { describe, expect, it } from 'vitest';
import { parseTrustProxy, proxyTrust } from './trust-proxy.js';

describe('proxyTrust', () => {
  it('uses the socket address when off', () => {
    expect(proxyTrust(false).clientIp('10.0.0.9', '198.51.100.1')).toBe('10.0.0.9');
    expect(proxyTrust(undefined).clientIp('10.0.0.9', '198.51.100.1')).toBe('10.0.0.9');
  });

  it('with n proxies takes the n-th entry from the right, never one the client wrote', () => {
    const one = proxyTrust(1);
    expect(one.clientIp('10.0.0.9', '6.6.6.6, 198.51.100.1')).toBe('198.51.100.1');
    expect(one.clientIp('10.0.0.9', '6.6.6.6,7.7.7.7, 198.51.100.1')).toBe('198.51.100.1');
    expect(one.clientIp('10.0.0.9', 'garbage')).toBe('10.0.0.9');
    expect(one.clientIp('10.0.0.9', undefined)).toBe('10.0.0.9');
    expect(proxyTrust(2).clientIp('10.0.0.9', '6.6.6.6, 198.51.100.1, 10.0.0.3')).toBe('198.51.100.1');
  });

  it('with named proxies walks leftwards while the hop is one of them', () => {
    const named = proxyTrust(['10.0.0.0/8', '2001:db8::1']);
    expect(named.clientIp('10.0.0.9', '6.6.6.6, 198.51.100.1, 10.1.2.3')).toBe('198.51.100.1');
    expect(named.clientIp('::ffff:10.0.0.9', '198.51.100.1')).toBe('198.51.100.1');
    expect(named.clientIp('2001:db8::1', '2001:db8:1::7')).toBe('2001:db8:1::7');
    // A direct client (not a named proxy) cannot choose its address.
    expect(named.clientIp('203.0.113.5', '198.51.100.1')).toBe('203.0.113.5');
    expect(named.clientIp('10.0.0.9', 'garbage, 10.0.0.8')).toBe('10.0.0.8');
    expect(named.isProxy('10.200.0.1')).toBe(true);
    expect(named.isProxy('203.0.113.5')).toBe(false);
  });

  it('refuses true and malformed settings, naming them', () => {
    expect(() => proxyTrust(true)).toThrow(/client writes/);
    expect(() => parseTrustProxy('true')).toThrow(/--trust-proxy true .*left-most/);
    expect(() => parseTrustProxy('10.0.0.0/33')).toThrow(/--trust-proxy: "10.0.0.0\/33" is not an IP address or CIDR/);
    expect(() => parseTrustProxy('proxy.local')).toThrow(/"proxy.local"/);
    expect(parseTrustProxy('')).toBe(false);
    expect(parseTrustProxy('false')).toBe(false);
    expect(parseTrustProxy('2')).toBe(2);
    expect(parseTrustProxy('10.0.0.0/8, ::1')).toEqual(['10.0.0.0/8', '::1']);
  });
});
