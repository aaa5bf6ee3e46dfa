import { describe, expect, it } from 'vitest';
import { RateLimiter } from './rate-limit.js';

describe('RateLimiter', () => {
  it('allows a burst, then refills at the sustained rate, per key', () => {
    let now = 0;
    const rl = new RateLimiter({ burst: 2, perSecond: 1 }, () => now);
    expect([rl.take('a'), rl.take('a'), rl.take('a')]).toEqual([true, true, false]);
    expect(rl.take('b')).toBe(true);
    expect(rl.retryAfter('a')).toBe(1);
    now = 1000;
    expect(rl.take('a')).toBe(true);
    expect(rl.take('a')).toBe(false);
  });

  it('keeps a busy key limited while 60,000 other keys pass through, in bounded memory', () => {
    let now = 0;
    const rl = new RateLimiter({ burst: 2, perSecond: 0.001 }, () => now);
    expect([rl.take('hot'), rl.take('hot')]).toEqual([true, true]);
    let hotPassed = 0;
    let othersRefused = 0;
    let maxSize = 0;
    for (let i = 0; i < 60_000; i++) {
      now += 1; // 60 s in all: far from the 1,000 s a token of 'hot' takes
      if (!rl.take(`k${i}`)) othersRefused++;
      if (i % 500 === 0 && rl.take('hot')) hotPassed++;
      maxSize = Math.max(maxSize, rl.size);
    }
    expect({ hotPassed, othersRefused }).toEqual({ hotPassed: 0, othersRefused: 0 });
    expect(maxSize).toBeLessThanOrEqual(50_000);
    expect(rl.retryAfter('hot')).toBeGreaterThan(0);
  });

  it('forgets keys whose bucket has refilled, a few at a time, never all at once', () => {
    let now = 0;
    const rl = new RateLimiter({ burst: 2, perSecond: 1, maxKeys: 100 }, () => now);
    for (let i = 0; i < 50; i++) rl.take(`old${i}`);
    rl.take('hot');
    rl.take('hot');
    now = 1500; // old keys refilled (1 token used, 1 s per token); 'hot' not yet (2 used)
    for (let i = 0; i < 10; i++) rl.take(`new${i}`);
    expect(rl.size).toBe(50 + 1 + 10 - 20); // two refilled keys dropped per request
    expect(rl.allowed('hot')).toBe(true);
    expect([rl.take('hot'), rl.take('hot')]).toEqual([true, false]);
  });

  it('never holds more than maxKeys, dropping the least recently used', () => {
    let now = 0;
    const rl = new RateLimiter({ burst: 1, perSecond: 0.001, maxKeys: 3 }, () => now);
    for (const k of ['a', 'b', 'c']) rl.take(k);
    now = 1;
    rl.take('a'); // a is now the most recently used
    rl.take('d'); // b goes
    expect(rl.size).toBe(3);
    expect(rl.allowed('a')).toBe(false);
    expect(rl.allowed('b')).toBe(true); // forgotten
    expect(rl.allowed('c')).toBe(false);
  });
});
