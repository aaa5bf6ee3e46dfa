import { describe, expect, it } from 'vitest';
import { BLOCKED } from './dom';
import { createBlocker } from './blocker';
import { checkConfig } from '../core/check';

// A file of its own: the blocker patches the prototypes of this jsdom for good.
const { config } = checkConfig({
  revision: 1,
  categories: { necessary: { required: true }, analytics: {} },
  services: { stats: { category: 'analytics', hosts: ['stats.example'] } },
});

describe('createBlocker with nothing to block', () => {
  it('installs no patch while every service is open, and blocks from the first decision that closes one', () => {
    const E = Element.prototype;
    const before = [E.setAttribute, window.fetch, XMLHttpRequest.prototype.open];
    let granted = true;
    const blocker = createBlocker(
      config!,
      () => granted,
      undefined,
      () => true,
    );
    expect([E.setAttribute, window.fetch, XMLHttpRequest.prototype.open]).toEqual(before);
    expect(blocker.allowed('https://stats.example/t.js')).toBe(true);

    granted = false;
    blocker.release();
    expect(E.setAttribute).not.toBe(before[0]);
    const s = document.createElement('script');
    s.src = 'https://stats.example/t.js';
    document.head.append(s);
    expect(s.type).toBe(BLOCKED);

    granted = true;
    blocker.release();
    expect(s.type).toBe('');
  });

  it('installs the patches at once with unknownHosts "block"', () => {
    const E = Element.prototype;
    const before = E.setAttribute;
    createBlocker(
      { ...config!, unknownHosts: 'block' },
      () => true,
      undefined,
      () => true,
    );
    expect(E.setAttribute).not.toBe(before);
  });
});
