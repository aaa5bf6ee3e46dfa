import { describe, expect, it } from 'vitest';
import { PRESETS } from '../services/blocking';
import { checkConfig } from './check';
import { presetDataOf } from './preset-data';
import { CONSENT_API_PRESETS, startConsentApis } from './vendor-consent';

const base = { revision: 1, categories: { necessary: { required: true }, analytics: {}, marketing: {} } };

describe('presetDataOf', () => {
  it("is the blocking data of the config's own presets, once each, in the order named", () => {
    const data = presetDataOf(
      {
        ...base,
        services: {
          yt: { preset: 'youtube' },
          ga: { preset: 'google-analytics', category: 'marketing' },
          yt2: { preset: 'youtube' },
          own: { category: 'analytics' },
        },
      },
      PRESETS,
    );
    expect(Object.keys(data!)).toEqual(['youtube', 'google-analytics']);
    // The preset's data, not the service's overrides.
    expect(data!['google-analytics']).toEqual(PRESETS['google-analytics']);
    expect(data!.youtube).toEqual(PRESETS.youtube);
  });

  it('marks the presets whose consent API needs cookiegate-vendors.js', () => {
    const data = presetDataOf(
      { ...base, services: { m: { preset: 'meta-pixel' }, s: { preset: 'smartlook' } } },
      PRESETS,
    )!;
    expect(data['meta-pixel']).toEqual({ ...PRESETS['meta-pixel'], consentApi: true });
    expect(data.smartlook!.consentApi).toBeUndefined();
  });

  it('is undefined without a known preset, and for what is no config', () => {
    expect(presetDataOf({ ...base, services: { x: { preset: 'nope' }, y: { category: 'analytics' } } }, PRESETS)).toBe(
      undefined,
    );
    for (const input of [null, 5, 'x', { services: null }, { services: [null] }])
      expect(presetDataOf(input, PRESETS)).toBe(undefined);
  });
});

describe('CONSENT_API_PRESETS', () => {
  // The head loads cookiegate-vendors.js only for these: a preset missing here would have its
  // vendor's consent API never started on a page with presetData.
  it.each(Object.keys(PRESETS))('%s: listed exactly when startConsentApis drives its vendor', (id) => {
    const config = checkConfig({ ...base, services: { s: { preset: id } } }, PRESETS).config!;
    expect(
      !!startConsentApis(
        config,
        () => false,
        () => {},
      ),
    ).toBe(CONSENT_API_PRESETS.includes(id));
  });
});
