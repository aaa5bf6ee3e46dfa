import { atom } from 'nanostores';
import { afterEach, describe, expect, it } from 'vitest';
import { checkConfig } from './check';
import { consentModeOn, consentTypes, consentValues, startConsentMode } from './consent-mode';

const make = (
  extra: object = {},
  services: object = { ga4: { preset: 'google-analytics' }, ads: { preset: 'google-ads' } },
) =>
  checkConfig({
    revision: 1,
    categories: { necessary: { required: true }, analytics: {}, marketing: {} },
    services,
    ...extra,
  }).config!;
const dl = () => (window as unknown as { dataLayer: IArguments[] }).dataLayer.map((a) => Array.from(a));
afterEach(() => delete (window as { dataLayer?: unknown }).dataLayer);

describe('Consent Mode mapping', () => {
  it('maps well-known categories by default', () => {
    expect(consentTypes(make())).toEqual({
      security_storage: ['necessary'],
      analytics_storage: ['analytics'],
      ad_storage: ['marketing'],
      ad_user_data: ['marketing'],
      ad_personalization: ['marketing'],
    });
  });

  it('infers a custom-named category from the presets in it, and takes the config’s mapping first', () => {
    const c = checkConfig({
      revision: 1,
      categories: { nodvandiga: { required: true }, statistik: {}, marknad: {}, chatt: {} },
      services: {
        ga4: { preset: 'google-analytics', category: 'statistik' },
        ads: { preset: 'google-ads', category: 'marknad' },
      },
      consentMode: { types: { chatt: ['functionality_storage'] } },
    }).config!;
    expect(consentTypes(c)).toMatchObject({
      security_storage: ['nodvandiga'],
      analytics_storage: ['statistik'],
      ad_storage: ['marknad'],
      functionality_storage: ['chatt'],
    });
  });

  it('grants a type only when every category controlling it is accepted; unmapped types stay denied', () => {
    const v = consentValues(make(), (id) => id == 'necessary' || id == 'analytics');
    expect(v).toEqual({
      ad_storage: 'denied',
      ad_user_data: 'denied',
      ad_personalization: 'denied',
      analytics_storage: 'granted',
      functionality_storage: 'denied',
      personalization_storage: 'denied',
      security_storage: 'granted',
    });
  });

  it('grants the own types of a Google service granted without the rest of its category', () => {
    const services = {
      ga4: { preset: 'google-analytics' },
      smartlook: { preset: 'smartlook' },
      ads: { preset: 'google-ads', category: 'analytics' },
    };
    const v = consentValues(make({}, services), (id) => id == 'necessary' || id == 'ga4');
    expect(v).toMatchObject({
      analytics_storage: 'granted',
      ad_storage: 'denied',
      ad_user_data: 'denied',
      ad_personalization: 'denied',
    });
    const ads = consentValues(make({}, services), (id) => id == 'necessary' || id == 'ads');
    expect(ads).toMatchObject({
      analytics_storage: 'denied',
      ad_storage: 'granted',
      ad_user_data: 'granted',
      ad_personalization: 'granted',
    });
  });

  it('is on with a Google preset or a consentMode key, off with consentMode: false', () => {
    expect(consentModeOn(make())).toBe(true);
    expect(consentModeOn(make({}, { sl: { preset: 'smartlook' } }))).toBe(false);
    expect(consentModeOn(make({ consentMode: {} }, {}))).toBe(true);
    expect(consentModeOn(make({ consentMode: false }))).toBe(false);
  });
});

describe('startConsentMode', () => {
  it('pushes the default (as an Arguments object, with wait_for_update) at once, and an update after each change', () => {
    const store = atom<Record<string, boolean>>({});
    const accepted = (id: string) => id == 'necessary' || store.get()[id] === true;
    (window as unknown as { dataLayer: unknown[] }).dataLayer = [];
    store.listen(startConsentMode(make({ consentMode: { waitForUpdate: 800 } }), accepted)!);
    const first = (window as unknown as { dataLayer: unknown[] }).dataLayer[0];
    expect(Object.prototype.toString.call(first)).toBe('[object Arguments]');
    expect(dl()[0]).toEqual([
      'consent',
      'default',
      expect.objectContaining({
        analytics_storage: 'denied',
        ad_storage: 'denied',
        security_storage: 'granted',
        wait_for_update: 800,
      }),
    ]);
    store.set({ analytics: true });
    store.set({});
    expect(
      dl()
        .slice(1)
        .map(([c, t, v]) => [c, t, (v as Record<string, string>).analytics_storage]),
    ).toEqual([
      ['consent', 'update', 'granted'],
      ['consent', 'update', 'denied'],
    ]);
  });

  it('re-emits a stored grant as the default on a later page', () => {
    startConsentMode(make(), () => true);
    expect(dl()[0]![2]).toMatchObject({
      analytics_storage: 'granted',
      ad_storage: 'granted',
      ad_user_data: 'granted',
      ad_personalization: 'granted',
    });
  });

  it('sets ads_data_redaction only when a Google service runs in advanced mode', () => {
    startConsentMode(make({}, { ga4: { preset: 'google-analytics', advanced: true } }), () => false);
    expect(dl()[1]).toEqual(['set', 'ads_data_redaction', true]);
  });
});
