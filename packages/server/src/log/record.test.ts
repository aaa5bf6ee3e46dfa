import canonicalize from 'canonicalize';
import { describe, expect, it } from 'vitest';

describe('sealRecord', () => {
  it('hashes exactly the JCS of the record, on the fast and the generic path', async () => {
    const { makePending } = await import('../../test/store-contract.js');
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
    const { makePending } = await import('../../test/store-contract.js');
    const { sealRecord } = await import('./record.js');
    const keys = Object.keys(sealRecord(makePending('https://a.example'), 0, null).record);
    expect(keys).toEqual([...keys].sort());
    expect(keys).toHaveLength(28);
  });

  it('a bound record (chainKey given in any member order, sig, gpcApplied, variant, decisionMs, asked) is canonical on the fast path', async () => {
    const { makePending } = await import('../../test/store-contract.js');
    const { sealRecord } = await import('./record.js');
    const p = makePending('https://a.example');
    const chainKey = { y: 'Y'.repeat(43), x: 'X'.repeat(43), kty: 'EC', crv: 'P-256' } as never;
    const sealed = sealRecord(
      { ...p, chainKey, sig: 's'.repeat(86), gpcApplied: true, variant: 'b', decisionMs: 1200, asked: ['ads'] },
      0,
      null,
    );
    expect(sealed.body).toBe(canonicalize(sealed.record));
    expect(JSON.parse(sealed.body)).toMatchObject({
      asked: ['ads'],
      chainKey: { crv: 'P-256', kty: 'EC' },
      gpcApplied: true,
      sig: 's'.repeat(86),
      variant: 'b',
      decisionMs: 1200,
    });
  });
});
