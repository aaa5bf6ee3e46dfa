import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { RecentKeys, SLICES, sliceOf } from './recent-keys.js';

const keyIn = (slice: number, fill = 0) =>
  Buffer.concat([Buffer.from([slice * (256 / SLICES)]), Buffer.alloc(15, fill)]);

describe('RecentKeys (memory level of the consent-id index)', () => {
  it('answers the latest rid of a key within a site range, and all of them', () => {
    const m = new RecentKeys();
    const k = randomBytes(16);
    m.add(k, 10);
    m.add(k, 12);
    m.add(k, 2 ** 41 + 1);
    expect(m.latest(k, 0, 20)).toBe(12);
    expect(m.latest(k, 0, 11)).toBe(10);
    expect(m.latest(k, 2 ** 41, 2 ** 42)).toBe(2 ** 41 + 1);
    expect(m.latest(randomBytes(16), 0, 2 ** 50)).toBeUndefined();
    expect(m.rids(k, 0, 2 ** 50)).toEqual([10, 12, 2 ** 41 + 1]);
    expect(m.size).toBe(3);
  });

  it('hands out one slice (every site), sorted by key then rid, and forgets it', () => {
    const m = new RecentKeys();
    const [a, b, other] = [keyIn(5, 9), keyIn(5, 1), keyIn(6)];
    m.add(a, 1);
    m.add(b, 2);
    m.add(a, 2 ** 41);
    m.add(other, 3);
    const taken = m.takeSlice(5);
    expect(taken.keys.map((k) => sliceOf(k))).toEqual([5, 5, 5]);
    expect(taken.keys).toEqual([b, a, a]);
    expect(taken.rids).toEqual([2, 1, 2 ** 41]);
    expect(m.size).toBe(1);
    expect(m.latest(a, 0, 2 ** 50)).toBeUndefined();
    expect(m.latest(other, 0, 10)).toBe(3);
    expect(m.takeSlice(5)).toEqual({ keys: [], rids: [] });
  });

  it('drops what another connection merged, and single entries on erasure', () => {
    const m = new RecentKeys();
    const k = keyIn(7);
    for (const r of [1, 2, 3, 4]) m.add(k, r);
    m.dropBetween(7, 0, 3);
    expect(m.rids(k, 0, 10)).toEqual([3, 4]);
    expect(m.remove(k, 4)).toBe(true);
    expect(m.remove(k, 4)).toBe(false);
    expect(m.latest(k, 0, 10)).toBe(3);
    expect(m.size).toBe(1);
    expect(m.takeSlice(7).rids).toEqual([3]);
    m.add(k, 9);
    m.clear();
    expect(m.size).toBe(0);
    expect(m.latest(k, 0, 10)).toBeUndefined();
  });
});

describe('RecentKeys against a plain model', () => {
  // Small tables, so that they grow and probe runs often wrap past their end; fixed seeds, so that a failure repeats.
  it.each([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])(
    'agrees with a list of entries through 5,000 random adds, erasures, merges and growths (seed %i)',
    (hashSeed) => {
      const m = new RecentKeys(8, hashSeed);
      let model: Array<{ site: number; key: Buffer; rid: number }> = [];
      // Few distinct keys and slices: long probe runs, repeated keys, shifts after removal.
      const keys = Array.from({ length: 40 }, (_, i) =>
        Buffer.concat([Buffer.from([(i % 8) * 4]), Buffer.alloc(11, hashSeed), Buffer.from([0, 0, 0, i])]),
      );
      const next = new Map<number, number>();
      let seed = hashSeed * 7919;
      const rnd = (n: number) => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % n;
      for (let step = 0; step < 5_000; step++) {
        const op = rnd(100);
        const site = 1 + rnd(2);
        if (op < 55) {
          const rid = site * 2 ** 40 + (next.get(site) ?? 0);
          next.set(site, (next.get(site) ?? 0) + 1);
          const key = keys[rnd(keys.length)]!;
          m.add(key, rid);
          model.push({ site, key, rid });
        } else if (op < 85) {
          if (!model.length) continue;
          const e = model[rnd(model.length)]!;
          expect(m.remove(e.key, e.rid)).toBe(true);
          model = model.filter((x) => x !== e);
        } else if (op < 93) {
          const slice = sliceOf(keys[rnd(keys.length)]!);
          const taken = m.takeSlice(slice);
          const expected = model.filter((e) => sliceOf(e.key) === slice);
          expect(new Set(taken.rids)).toEqual(new Set(expected.map((e) => e.rid)));
          model = model.filter((e) => sliceOf(e.key) !== slice);
        } else {
          const slice = sliceOf(keys[rnd(keys.length)]!);
          const below = site * 2 ** 40 + rnd((next.get(site) ?? 0) + 1);
          m.dropBetween(slice, site * 2 ** 40, below);
          model = model.filter((e) => !(e.site === site && sliceOf(e.key) === slice && e.rid < below));
        }
        if (step % 20 === 0 || step === 4_999) {
          expect(m.size).toBe(model.length);
          for (const key of keys) {
            const mine = model
              .filter((e) => e.key.equals(key))
              .map((e) => e.rid)
              .sort((a, b) => a - b);
            expect(m.rids(key, 0, 2 ** 50)).toEqual(mine);
            expect(m.latest(key, 0, 2 * 2 ** 40 - 1)).toBe(mine.filter((r) => r < 2 * 2 ** 40).at(-1));
          }
        }
      }
    },
  );
});
