import canonicalize from 'canonicalize';
import { describe, expect, it } from 'vitest';
import { jcs } from './record.js';

describe('jcs (RFC 8785)', () => {
  it('matches the canonicalize package on awkward inputs', () => {
    const samples: unknown[] = [
      { 10: 'ten', 9: 'nine', b: 1, a: 2, A: 3, é: 4, '\u20ac': 5, '\ud83d\ude00': 6, '': 7 },
      { n: [0, -0, 1e21, 1e-7, 123.456, -1.5e-10, 2 ** 53], s: 'q"\\\n\u0001\u2028 ü', t: true, f: false, z: null },
      { nested: { y: { b: [1, { d: 1, c: 2 }] }, x: [] }, decisions: { 'google-ads': false, analytics: true } },
      'plain', 42, null, [],
    ];
    for (const s of samples) expect(jcs(s)).toBe(canonicalize(s));
  });

  it('matches on random records', () => {
    for (let i = 0; i < 200; i++) {
      const obj: Record<string, unknown> = {};
      for (let k = 0; k < 12; k++) {
        const key = String.fromCharCode(...Array.from({ length: 1 + (k % 5) }, () => 32 + Math.floor(Math.random() * 300)));
        obj[key] = [Math.random() * 1e6, Math.random() < 0.5, `v${Math.random()}`, null, { z: 1, a: Math.random() }][k % 5];
      }
      expect(jcs(obj)).toBe(canonicalize(obj));
    }
  });

  it('refuses values JSON cannot carry', () => {
    expect(() => jcs(Number.NaN)).toThrow();
    expect(() => jcs({ f: () => 1 })).toThrow();
  });
});

describe('sealRecord', () => {
  it('hashes exactly the JCS of the record, on the fast and the generic path', async () => {
    const { makePending } = await import('./stores/contract.js');
    const { sealRecord } = await import('./record.js');
    const { hashLeaf } = await import('./merkle.js');
    const p = makePending('https://a.example');
    p.decisions = { zeta: true, alpha: false, 'b-c': true, b_c: false };
    const fast = sealRecord(p, 7, null);
    expect(fast.body).toBe(canonicalize(fast.record));
    expect(fast.leafHash.equals(hashLeaf(canonicalize(fast.record)!))).toBe(true);
    const odd = sealRecord({ ...p, decisions: { 10: true, 9: false } as Record<string, boolean> }, 8, 'x');
    expect(odd.body).toBe(canonicalize(odd.record));
  });
});

describe('record key order', () => {
  it('the fast path literal lists keys in JCS order', async () => {
    const { makePending } = await import('./stores/contract.js');
    const { sealRecord } = await import('./record.js');
    const keys = Object.keys(sealRecord(makePending('https://a.example'), 0, null).record);
    expect(keys).toEqual([...keys].sort());
    expect(keys).toHaveLength(25);
  });

  it('a bound record (chainKey given in any member order, sig, gpcApplied) is canonical on the fast path', async () => {
    const { makePending } = await import('./stores/contract.js');
    const { sealRecord } = await import('./record.js');
    const p = makePending('https://a.example');
    const chainKey = { y: 'Y'.repeat(43), x: 'X'.repeat(43), kty: 'EC', crv: 'P-256' } as never;
    const sealed = sealRecord({ ...p, chainKey, sig: 's'.repeat(86), gpcApplied: true }, 0, null);
    expect(sealed.body).toBe(canonicalize(sealed.record));
    expect(JSON.parse(sealed.body)).toMatchObject({ chainKey: { crv: 'P-256', kty: 'EC' }, gpcApplied: true, sig: 's'.repeat(86) });
  });
});
