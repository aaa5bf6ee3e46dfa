import canonicalize from 'canonicalize';
import { describe, expect, it } from 'vitest';
import { canonical } from './canonical.js';

describe('canonical (RFC 8785)', () => {
  it('matches the canonicalize package on awkward inputs', () => {
    const samples: unknown[] = [
      { 10: 'ten', 9: 'nine', b: 1, a: 2, A: 3, é: 4, '\u20ac': 5, '\ud83d\ude00': 6, '': 7 },
      { n: [0, -0, 1e21, 1e-7, 123.456, -1.5e-10, 2 ** 53], s: 'q"\\\n\u0001\u2028 ü', t: true, f: false, z: null },
      { nested: { y: { b: [1, { d: 1, c: 2 }] }, x: [] }, decisions: { 'google-ads': false, analytics: true } },
      'plain',
      42,
      null,
      [],
    ];
    for (const s of samples) expect(canonical(s)).toBe(canonicalize(s));
  });

  it('matches on random records', () => {
    for (let i = 0; i < 200; i++) {
      const obj: Record<string, unknown> = {};
      for (let k = 0; k < 12; k++) {
        const key = String.fromCharCode(
          ...Array.from({ length: 1 + (k % 5) }, () => 32 + Math.floor(Math.random() * 300)),
        );
        obj[key] = [Math.random() * 1e6, Math.random() < 0.5, `v${Math.random()}`, null, { z: 1, a: Math.random() }][
          k % 5
        ];
      }
      expect(canonical(obj)).toBe(canonicalize(obj));
    }
  });

  it('writes what JSON cannot carry as JSON.stringify does', () => {
    expect(canonical(Number.NaN)).toBe(JSON.stringify(Number.NaN));
    expect(canonical([Infinity])).toBe('[null]');
  });

  it('leaves out undefined members and writes undefined items as null, as JSON.stringify does', () => {
    const v = { b: undefined, a: [undefined, 1], c: { d: undefined } };
    expect(canonical(v)).toBe('{"a":[null,1],"c":{}}');
    expect(canonical(v)).toBe(canonicalize(JSON.parse(JSON.stringify(v))));
    expect(canonical(undefined)).toBe('null');
  });
});
