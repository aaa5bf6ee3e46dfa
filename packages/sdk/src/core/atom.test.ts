import { atom as nano } from 'nanostores';
import { describe, expect, it } from 'vitest';
import { atom } from './atom';

// What listeners see over a sequence of changes, one of them set from inside a listener.
function trace(make: typeof atom) {
  const log: unknown[] = [];
  const $ = make<number>(0);
  const offA = $.listen((v, prev) => {
    log.push(['a', v, prev]);
    if (v == 1) $.set(2);
  });
  $.listen((v, prev) => log.push(['b', v, prev]));
  $.listen((v, prev) => log.push(['s', v, prev]));
  $.set(1);
  $.set(2); // unchanged: nobody is told
  offA();
  $.set(3);
  log.push(['get', $.get(), $.value]);
  return log;
}

describe('atom (the head script store)', () => {
  it('tells listeners what nanostores tells them, in the same order', () => {
    const ours = trace(atom);
    expect(ours).toEqual(trace(nano as typeof atom));
    expect(ours).toEqual([
      ['a', 1, 0],
      // a's set(2) waits for the change to 1 to be told: b and s then read the value of now.
      ['b', 2, 0],
      ['s', 2, 0],
      ['a', 2, 1],
      ['b', 2, 1],
      ['s', 2, 1],
      ['b', 3, 2],
      ['s', 3, 2],
      ['get', 3, 3],
    ]);
  });

  it('runs every listener before rethrowing an error of one', () => {
    const $ = atom(0);
    const seen: number[] = [];
    $.listen(() => {
      throw new Error('boom');
    });
    $.listen((v) => seen.push(v));
    expect(() => $.set(1)).toThrow('boom');
    expect(seen).toEqual([1]);
    expect(() => $.set(2)).toThrow('boom');
    expect(seen).toEqual([1, 2]);
  });
});
