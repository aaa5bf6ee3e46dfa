import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { BLOCKED } from './dom';
import { createBlocker, type Blocker } from './blocker';
import { checkConfig } from '../core/check';

// jsdom neither fetches nor runs scripts: these check what the blocker does to elements
// and calls; e2e/vendors checks the browser's side.
const granted = new Set<string>();
let blocker: Blocker;
const report = vi.fn();
let valid = true;
beforeAll(() => {
  const { config } = checkConfig({
    revision: 1,
    categories: { necessary: { required: true }, analytics: {}, marketing: {} },
    services: {
      ga4: { preset: 'google-analytics' },
      ads: { preset: 'google-ads' },
      meta: { preset: 'meta-pixel' },
      yt: { preset: 'youtube', advanced: true },
    },
  });
  blocker = createBlocker(
    config!,
    (id) => granted.has(id),
    report,
    () => valid,
  );
});
afterEach(() => document.head.replaceChildren());

describe('createBlocker', () => {
  it('lets no third-party host through while the config is not known to be valid, advanced services included', () => {
    valid = false;
    granted.add('ga4');
    expect(blocker.allowed('https://www.google-analytics.com/g/collect')).toBe(false);
    expect(blocker.allowed('https://www.youtube.com/embed/x')).toBe(false);
    expect(blocker.allowed('https://cdn.unknown.example/x.js')).toBe(false);
    expect(blocker.allowed('/local.js')).toBe(true);
    const img = new Image();
    img.src = 'https://www.google-analytics.com/pixel.gif';
    expect(img.getAttribute('src')).toBeNull();
    valid = true;
    blocker.release();
    expect(img.getAttribute('src')).toBe('https://www.google-analytics.com/pixel.gif');
    granted.clear();
  });

  it('decides by service: shared hosts by path, first party always, advanced services at once', () => {
    expect(blocker.allowed('https://www.googletagmanager.com/gtag/js?id=G-1')).toBe(false);
    expect(blocker.allowed('/local.js')).toBe(true);
    expect(blocker.allowed('data:text/javascript,1')).toBe(true);
    expect(blocker.allowed('https://www.youtube.com/embed/x')).toBe(true);
    granted.add('ga4');
    expect(blocker.allowed('https://www.googletagmanager.com/gtag/js?id=G-1')).toBe(true);
    expect(blocker.allowed('https://www.googletagmanager.com/gtag/js?id=AW-1')).toBe(false);
    granted.clear();
  });

  it('neutralises a script created by code before it is inserted, keeps the site’s later type write, and restores both on release', () => {
    const s = document.createElement('script');
    s.src = 'https://connect.facebook.net/en_US/fbevents.js';
    s.type = 'text/javascript';
    document.head.append(s);
    expect(s.getAttribute('type')).toBe(BLOCKED);
    blocker.release();
    expect(s.getAttribute('type')).toBe(BLOCKED);
    granted.add('meta');
    blocker.release();
    expect(s.getAttribute('type')).toBe('text/javascript');
    expect(s.isConnected).toBe(true);
    expect(s.async).toBe(false);
    granted.clear();
  });

  it('treats setAttribute like the property', () => {
    const s = document.createElement('script');
    s.setAttribute('SRC', 'https://www.googletagmanager.com/gtag/js?id=AW-1');
    expect(s.getAttribute('type')).toBe(BLOCKED);
    const ok = document.createElement('script');
    ok.setAttribute('src', '/shop.js');
    expect(ok.hasAttribute('type')).toBe(false);
  });

  it('holds an image pixel’s and an iframe’s src, and sets them on release in their order', () => {
    const img = new Image();
    img.src = 'https://www.facebook.com/tr?id=1&ev=PageView';
    const frame = document.createElement('iframe');
    frame.setAttribute('src', 'https://www.facebook.com/tr?id=2');
    expect(img.getAttribute('src')).toBeNull();
    expect(frame.getAttribute('src')).toBeNull();
    granted.add('meta');
    blocker.release();
    expect(img.src).toBe('https://www.facebook.com/tr?id=1&ev=PageView');
    expect(frame.getAttribute('src')).toBe('https://www.facebook.com/tr?id=2');
    granted.clear();
  });

  it('neutralises a script the parser (or innerHTML) inserts', async () => {
    document.head.innerHTML =
      '<div><script async src="https://www.googletagmanager.com/gtag/js?id=G-9"></script><script src="/own.js"></script></div>';
    await Promise.resolve();
    const [tag, own] = Array.from(document.head.querySelectorAll('script'));
    expect(tag!.getAttribute('type')).toBe(BLOCKED);
    expect(own!.hasAttribute('type')).toBe(false);
  });

  it('drops fetch and XMLHttpRequest to a blocked host', async () => {
    await expect(fetch('https://region1.google-analytics.com/g/collect')).rejects.toThrow(/cookiegate: blocked/);
    const x = new XMLHttpRequest();
    x.open('POST', 'https://www.facebook.com/tr/');
    expect(() => x.send('x')).not.toThrow();
  });
});
