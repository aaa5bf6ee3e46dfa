import { describe, expect, it } from 'vitest';
import { blockStart, cover, SPANS } from './spans.js';

/** Every day the runs cover, in order. */
const days = (from: number, to: number) =>
  cover(from, to).flatMap((r) => {
    const out: number[] = [];
    for (let b = r.lo; b <= r.hi; b += r.span) {
      expect(blockStart(b, r.span)).toBe(b);
      for (let d = b; d < b + r.span; d++) out.push(d);
    }
    return out;
  });

describe('day blocks', () => {
  it('finds block starts, also before 1970', () => {
    expect(blockStart(20794, 8)).toBe(20792);
    expect(blockStart(-1, 8)).toBe(-8);
    expect(blockStart(128, 64)).toBe(128);
  });
  it('covers every range exactly once, in 5 runs, with few blocks', () => {
    for (const [from, to] of [
      [0, 0],
      [5, 9],
      [20430, 20795],
      [-70, 3],
      [63, 64],
      [1, 200],
    ] as const) {
      const runs = cover(from, to);
      expect(runs).toHaveLength(5);
      expect(days(from, to)).toEqual(Array.from({ length: to - from + 1 }, (_, i) => from + i));
    }
    for (let from = 0; from < 130; from += 3)
      for (let len = 1; len <= 366; len += 7) {
        const to = from + len - 1;
        expect(days(from, to)).toHaveLength(len);
        const blocks = cover(from, to).reduce((s, r) => s + Math.max(0, (r.hi - r.lo) / r.span + 1), 0);
        expect(blocks).toBeLessThanOrEqual(7 + 7 + 7 + 7 + Math.ceil(len / SPANS[2]));
      }
  });
});
