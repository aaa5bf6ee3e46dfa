// @vitest-environment-options {"url": "https://www.shop.example/shop/cart"}
import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkConfig } from './check';
import { removeTraces } from './cleanup';
import { readConsent } from './cookie';
import { setCookie, writeConsent } from './cookie-write';

const config = (cookie = {}) =>
  checkConfig({ revision: 1, categories: { necessary: { required: true }, analytics: {} }, cookie }).config!;
const state = {
  id: '0b7e4a8c-3f1d-4c2a-9e5b-6d7f8a9b0c1d',
  revision: 1,
  decisions: { necessary: true, analytics: true },
};
const jar = () => document.cookie.split('; ').filter(Boolean).sort();
/** What the page wrote to document.cookie, in order. */
const written = () => {
  const set = vi.spyOn(document, 'cookie', 'set');
  return () => set.mock.calls.map(([s]) => s);
};

afterEach(() => {
  for (const domain of ['', ';domain=.shop.example', ';domain=.www.shop.example'])
    for (const path of ['/', '/shop'])
      for (const c of jar()) document.cookie = c.split('=')[0] + '=;max-age=0;path=' + path + domain;
});

describe('writeConsent: the consent cookie without a library', () => {
  it('stores a decision that reads back, with path, domain, expiry, SameSite and Secure (https)', () => {
    const cfg = config({ domain: '.shop.example' });
    const now = Math.floor(Date.now() / 1000) * 1000;
    const s = { ...state, decidedAt: now, expiresAt: now + 864e5 };
    const calls = written();
    writeConsent(cfg, s);
    expect(calls()).toEqual([
      expect.stringMatching(
        /^cookiegate=1\.[\w.+-]+;path=\/;domain=\.shop\.example;expires=\w{3}, \d\d \w{3} \d{4} [\d:]{8} GMT;SameSite=Lax;Secure$/,
      ),
    ]);
    expect(readConsent(cfg).state).toEqual(s);
    expect(calls()[0]).toContain(new Date(s.expiresAt).toUTCString());
  });

  it('deletes it (null) at the same path and domain', () => {
    const cfg = config({ domain: '.shop.example' });
    const now = Date.now();
    writeConsent(cfg, { ...state, decidedAt: now, expiresAt: now + 864e5 });
    expect(readConsent(cfg).state).not.toBeNull();
    writeConsent(cfg, null);
    expect(jar()).toEqual([]);
  });

  it('ends an attribute at its first ";", so that a path cannot add attributes', () => {
    const calls = written();
    setCookie('a', 'b', new Date(0), '/x;domain=evil.example', undefined, 'Lax;Partitioned');
    expect(calls()).toEqual(['a=b;path=/x;expires=Thu, 01 Jan 1970 00:00:00 GMT;SameSite=Lax;Secure']);
  });

  it('never writes a name that cannot be a cookie\'s ("=" or ";" in it)', () => {
    const calls = written();
    setCookie('a=b', 'c', new Date(1e13), '/');
    setCookie('a;b', 'c', new Date(1e13), '/');
    expect(calls()).toEqual([]);
  });
});

describe('removeTraces: every domain and path variant', () => {
  it('removes declared cookies at the host, each parent domain and the declared path', () => {
    document.cookie = '_ga=1;path=/';
    document.cookie = '_ga=2;path=/;domain=.shop.example';
    document.cookie = '_ga_ABC=3;path=/;domain=.www.shop.example';
    document.cookie = 'sid=4;path=/shop';
    document.cookie = 'sid=5;path=/shop;domain=.shop.example';
    document.cookie = 'keepme=6;path=/';
    expect(jar()).toHaveLength(6);
    removeTraces({ category: 'analytics', cookies: ['_ga', '_ga_*', { name: 'sid', path: '/shop' }] });
    expect(jar()).toEqual(['keepme=6']);
  });

  it('removes a pattern only among the names the browser lists, and spares what `keep` keeps', () => {
    document.cookie = '_pk_id.1=1;path=/';
    document.cookie = '_pk_ses.1=2;path=/';
    removeTraces({ category: 'analytics', cookies: ['_pk_*'] }, (n) => n == '_pk_ses.1');
    expect(jar()).toEqual(['_pk_ses.1=2']);
  });
});
