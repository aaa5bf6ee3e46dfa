import { describe, expect, it } from 'vitest';
import { checkConfig } from '../core/check';
import { compileRules, firstParty, ownersOf } from './rules';

const { config } = checkConfig({
  revision: 1,
  categories: { necessary: { required: true }, analytics: {}, marketing: {} },
  services: {
    ga4: { preset: 'google-analytics' },
    ads: { preset: 'google-ads' },
    meta: { preset: 'meta-pixel' },
    other: { category: 'marketing', hosts: ['facebook.com'] },
  },
});
const rules = compileRules(config!);
const owners = (u: string) => ownersOf(rules, new URL(u));

describe('ownersOf', () => {
  it('tells gtag.js for GA4 and for Google Ads apart by the id in the query', () => {
    expect(owners('https://www.googletagmanager.com/gtag/js?id=G-ABC123')).toEqual(['ga4']);
    expect(owners('https://www.googletagmanager.com/gtag/js?id=AW-99&l=dataLayer')).toEqual(['ads']);
  });
  it('gives a shared host with no matching path to every service that names it', () => {
    expect(owners('https://www.googletagmanager.com/gtag/js?id=GT-XYZ').sort()).toEqual(['ads', 'ga4']);
  });
  it('matches host suffixes, the most specific first', () => {
    expect(owners('https://region1.google-analytics.com/g/collect?v=2')).toEqual(['ga4']);
    expect(owners('https://stats.g.doubleclick.net/g/collect')).toEqual(['ga4']);
    expect(owners('https://googleads.g.doubleclick.net/pagead/viewthroughconversion/1')).toEqual(['ads']);
    expect(owners('https://www.facebook.com/tr/?id=1&ev=PageView')).toEqual(['meta']);
    expect(owners('https://www.facebook.com/sharer.php')).toEqual(['other']);
    expect(owners('https://notfacebook.com/tr')).toEqual([]);
    expect(owners('https://cdn.example/x.js')).toEqual([]);
  });
});

describe('firstParty', () => {
  it('counts the hosts the site owns and their subdomains, nothing else', () => {
    expect(firstParty('www.shop.test', ['www.shop.test'])).toBe(true);
    expect(firstParty('img.www.shop.test', ['www.shop.test'])).toBe(true);
    expect(firstParty('cdn.shop.test', ['www.shop.test', 'shop.test'])).toBe(true);
    expect(firstParty('evil-shop.test', ['shop.test'])).toBe(false);
    expect(firstParty('google.com', ['shop.test'])).toBe(false);
  });

  it('never guesses a registrable domain: neighbours under a public suffix are third party', () => {
    expect(firstParty('tracker.co.uk', ['shop.co.uk'])).toBe(false);
    expect(firstParty('other.github.io', ['shop.github.io'])).toBe(false);
    expect(firstParty('x.myshopify.com', ['shop.myshopify.com'])).toBe(false);
    expect(firstParty('cdn.shop.co.uk', ['shop.co.uk'])).toBe(true);
    // An empty entry (no cookie domain) matches no host.
    expect(firstParty('co.uk', ['', 'shop.co.uk'])).toBe(false);
  });
});
