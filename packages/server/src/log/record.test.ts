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
    expect(keys).toHaveLength(22);
  });
});
