/**
 * The draft and the drift on hand-made observations.
 */
import { validateConfig } from 'cookiegate';
import { describe, expect, test } from 'vitest';
import { draftConfig } from '../src/scan/draft.mjs';
import { drift } from '../src/scan/drift.mjs';
import { isoDays } from '../src/scan/lifetime.mjs';

const req = (url) => ({ url, host: new URL(url).hostname, thirdParty: true });
const seen = {
  url: 'https://shop.example/',
  requests: [
    req('https://www.google-analytics.com/g/collect'),
    req('https://cdn.widgets.example.net/w.js'),
    req('https://px.adtracker.example/p.gif'),
  ],
  cookies: [
    { name: '_ga', days: 400, firstParty: true, preset: 'google-analytics' },
    { name: '_ga_XYZ', days: 400, firstParty: true, preset: 'google-analytics' },
    { name: 'sid', days: null, firstParty: true },
    { name: 'uid', domain: '.adtracker.example', days: 365, firstParty: false },
  ],
};

describe('draft', () => {
  test('presets by host and cookie, unknown third parties to classify, own cookies to review', () => {
    const d = draftConfig(seen);
    expect(validateConfig(d).errors).toEqual([]);
    expect(d.services['google-analytics']).toMatchObject({
      preset: 'google-analytics',
      category: 'analytics',
      cookies: [
        { name: '_ga', lifetime: 'P400D' },
        { name: '_ga_*', lifetime: 'P400D' },
      ],
    });
    expect(d.services['unknown-example-net']).toMatchObject({ category: 'functional', hosts: ['example.net'] });
    // A third party that sets an identifier is suggested as marketing.
    expect(d.services['unknown-adtracker-example']).toMatchObject({
      category: 'marketing',
      cookies: [{ name: 'uid', lifetime: 'P365D' }],
    });
    expect(d.services.site).toMatchObject({ category: 'necessary', cookies: [{ name: 'sid', lifetime: 'session' }] });
    expect(Object.keys(d.categories).sort()).toEqual(['analytics', 'functional', 'marketing', 'necessary']);
    expect(d.categories.necessary.required).toBe(true);
  });
});

describe('drift', () => {
  test('missing hosts and cookies, never-seen declarations, lifetimes, long-lived necessary cookies', () => {
    const config = {
      revision: 1,
      categories: { necessary: { required: true }, analytics: {} },
      services: {
        'google-analytics': {
          preset: 'google-analytics',
          category: 'analytics',
          cookies: [
            { name: '_ga', lifetime: 'P30D' },
            { name: '_gid', lifetime: 'P1D' },
          ],
        },
        site: {
          category: 'necessary',
          cookies: [
            { name: 'sid', lifetime: 'session' },
            { name: 'uid', lifetime: 'P2Y' },
          ],
          hosts: ['adtracker.example'],
        },
      },
    };
    const d = drift(config, seen);
    expect(d.missingHosts).toEqual(['cdn.widgets.example.net']);
    expect(d.missingCookies).toEqual(['_ga_XYZ']);
    expect(d.neverSeen).toEqual([{ service: 'google-analytics', cookie: '_gid' }]);
    expect(d.lifetimes.map((l) => l.cookie)).toEqual(['_ga']);
    expect(d.longLivedNecessary.map((l) => l.cookie)).toEqual(['uid']);
  });
  test('ISO durations', () => {
    expect(isoDays('P2Y')).toBe(730);
    expect(isoDays('PT1H')).toBeCloseTo(1 / 24);
    expect(isoDays('session')).toBe(0);
    expect(isoDays('two years')).toBe(null);
  });
});
