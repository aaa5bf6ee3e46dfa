import { describe, expect, it } from 'vitest';
import { canonical, sha256 } from './hash';

describe('shown hash', () => {
  it('canonical JSON sorts keys at every level and drops undefined members', () => {
    expect(canonical({ b: 1, a: [true, null, { d: 'x', c: undefined }] })).toBe('{"a":[true,null,{"d":"x"}],"b":1}');
    expect(canonical({ x: 1, y: 2 })).toBe(canonical({ y: 2, x: 1 }));
  });

  it('SHA-256 hex of a string', async () => {
    expect(await sha256('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});
