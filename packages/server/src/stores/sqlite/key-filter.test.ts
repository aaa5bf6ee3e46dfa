import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { KeyFilter } from './key-filter.js';

describe('KeyFilter', () => {
  it('never forgets a key, across growing layers', () => {
    const f = new KeyFilter(1000);
    const keys = Array.from({ length: 20_000 }, () => randomBytes(16));
    keys.forEach((k) => f.add(k));
    expect(keys.every((k) => f.mayHave(k))).toBe(true);
    expect(f.size).toBe(20_000);
  });

  it('answers "absent" for almost every key it has not seen (~1% false positives per layer)', () => {
    const f = new KeyFilter(50_000);
    for (let i = 0; i < 50_000; i++) f.add(randomBytes(16));
    let hits = 0;
    for (let i = 0; i < 50_000; i++) if (f.mayHave(randomBytes(16))) hits++;
    expect(hits / 50_000).toBeLessThan(0.02);
  });

  it('keeps working on structured keys a client could craft (counters, zeros)', () => {
    const f = new KeyFilter(4096);
    const key = (n: number) => {
      const b = Buffer.alloc(16);
      b.writeUInt32BE(n, 12);
      return b;
    };
    for (let i = 0; i < 4096; i++) f.add(key(i));
    for (let i = 0; i < 4096; i++) expect(f.mayHave(key(i))).toBe(true);
    let hits = 0;
    for (let i = 4096; i < 14_096; i++) if (f.mayHave(key(i))) hits++;
    expect(hits / 10_000).toBeLessThan(0.05);
  });

  it('is empty at first', () => {
    expect(new KeyFilter().mayHave(randomBytes(16))).toBe(false);
  });
});
