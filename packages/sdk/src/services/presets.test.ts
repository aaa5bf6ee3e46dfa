import { describe, expect, it } from 'vitest';
import { checkConfig } from '../core/check';
import { describe as sentence } from '../core/messages';
import { pattern } from '../core/cleanup';
import { PRESETS } from './blocking';
import en from '../i18n/en/presets';
import { PRESET_IDS, presetInfo as inLanguage } from './info';

// The texts of every language are checked in src/i18n/languages.test.ts.
const presetInfo = inLanguage(en, (id) => PRESETS[id]?.vendor);

const base = { revision: 1, categories: { necessary: { required: true }, analytics: {}, marketing: {} } };

describe('presets', () => {
  it('has the nineteen vendors', () => {
    expect(Object.keys(PRESETS).sort()).toEqual([
      'google-ads',
      'google-analytics',
      'google-maps',
      'google-tag-manager',
      'hotjar',
      'klarna-osm',
      'klaviyo',
      'linkedin-insight',
      'magento',
      'matomo',
      'meta-pixel',
      'microsoft-advertising',
      'microsoft-clarity',
      'pinterest-tag',
      'smartlook',
      'tiktok-pixel',
      'vimeo',
      'youtube',
      'zendesk-chat',
    ]);
  });

  it.each(Object.keys(PRESETS))('%s: a privacy link, and every first-party cookie it lists is cleaned up', (id) => {
    const info = presetInfo(id)!;
    expect(info.privacyUrl).toMatch(/^https:\/\//);
    const b = PRESETS[id]!;
    expect(b.vendor && b.title).toBeTruthy();
    const names = [...(b.cookies || []), ...(b.storage || [])].map((c) => pattern(typeof c == 'string' ? c : c.name));
    for (const c of info.cookies) {
      expect(c.lifetime).toMatch(/^(session|P(\d+[YMWD])*(T(\d+[HMS])+)?)$/);
      // Third-party cookies (another domain) cannot be removed from the page; a necessary
      // service is never withdrawn.
      if (!c.domain && b.category != 'necessary')
        expect(
          names.some((re) => re.test(c.name.replace('*', 'X'))),
          c.name,
        ).toBe(true);
    }
  });

  it('has a cookie table for every preset', () => {
    expect(PRESET_IDS.sort()).toEqual(Object.keys(PRESETS).sort());
  });

  it('returns undefined for an unknown preset', () => {
    expect(presetInfo('nope')).toBeUndefined();
    expect(presetInfo('toString')).toBeUndefined();
  });
});

describe('"preset" in a config', () => {
  it('fills in category, hosts, cookies and storage; the service’s own fields win', () => {
    const { config } = checkConfig({ ...base, services: { ga4: { preset: 'google-analytics', cookies: ['_ga'] } } });
    expect(config!.services.ga4).toMatchObject({
      category: 'analytics',
      cookies: ['_ga'],
      hosts: expect.arrayContaining(['google-analytics.com']),
    });
  });

  it('leaves the input as it was', () => {
    const input = { ...base, services: { ga4: { preset: 'google-analytics' } } };
    checkConfig(input);
    expect(input.services.ga4).toEqual({ preset: 'google-analytics' });
  });

  it('reports an unknown preset with the list of presets, once', () => {
    const { config, problems } = checkConfig({ ...base, services: { x: { preset: 'google-analytic' } } });
    expect(config).toBeNull();
    expect(problems).toHaveLength(1);
    expect(sentence(problems[0]!)).toBe(
      'services.x.preset: "google-analytic" is not a preset; expected one of google-ads, google-analytics, google-maps, google-tag-manager, hotjar, klarna-osm, klaviyo, linkedin-insight, magento, matomo, meta-pixel, microsoft-advertising, microsoft-clarity, pinterest-tag, smartlook, tiktok-pixel, vimeo, youtube, zendesk-chat',
    );
  });

  it('reports a preset whose default category the config lacks', () => {
    const { problems } = checkConfig({
      ...base,
      services: { z: { preset: 'zendesk-chat' }, y: { preset: 'youtube' } },
    });
    expect(problems.map(sentence)).toEqual([]);
    const r = checkConfig({
      revision: 1,
      categories: { nodvandiga: { required: true } },
      services: { y: { preset: 'youtube' } },
    });
    expect(r.problems.map(sentence)).toEqual([
      'services.y.category: "marketing" is not a category; expected one of nodvandiga',
    ]);
  });

  it('checks unknownHosts and consentMode', () => {
    const r = checkConfig({
      ...base,
      unknownHosts: 'warn',
      consentMode: { types: { analytics: 'analytics_storage' } },
    });
    expect(r.problems.map((p) => p.path)).toEqual(['unknownHosts', 'consentMode']);
    expect(checkConfig({ ...base, unknownHosts: 'block', consentMode: false }).problems).toEqual([]);
  });
});
