import { afterEach, describe, expect, it, vi } from 'vitest';
import { PRESETS } from '../services/blocking';
import { checkConfig } from './check';
import { seedMatomo, startConsentApis } from './vendor-consent';

const make = (services: object) =>
  checkConfig(
    { revision: 1, categories: { necessary: { required: true }, analytics: {}, marketing: {} }, services },
    PRESETS,
  ).config!;
const w = window as any;
afterEach(() => {
  for (const k of ['uetq', 'ttq', 'clarity', 'pintrk', '_paq', 'fbq']) delete w[k];
  vi.restoreAllMocks();
});

describe('vendor consent APIs', () => {
  it('puts UET’s default first in a queue the snippet already filled, then updates', () => {
    w.uetq = ['event', 'add_to_cart'];
    let on = false;
    const update = startConsentApis(
      make({ uet: { preset: 'microsoft-advertising' } }),
      () => on,
      () => {},
    )!;
    on = true;
    update();
    expect(w.uetq).toEqual([
      'consent',
      'default',
      { ad_storage: 'denied' },
      'event',
      'add_to_cart',
      'consent',
      'update',
      { ad_storage: 'granted' },
    ]);
  });

  it('holds TikTok before the snippet’s page event and grants through its methods', () => {
    w.ttq = [['page']];
    w.ttq.grantConsent = function () {
      w.ttq.push(['grantConsent']);
    };
    let on = false;
    const update = startConsentApis(
      make({ tt: { preset: 'tiktok-pixel' } }),
      () => on,
      () => {},
    )!;
    on = true;
    update();
    expect(Array.from(w.ttq)).toEqual([['holdConsent'], ['page'], ['grantConsent']]);
  });

  it('tells Clarity consentv2 with its casing; ad_Storage only for an advertising category', () => {
    startConsentApis(
      make({ cl: { preset: 'microsoft-clarity' } }),
      () => true,
      () => {},
    );
    expect(Array.from(w.clarity.q[0])).toEqual(['consentv2', { ad_Storage: 'denied', analytics_Storage: 'granted' }]);
    delete w.clarity;
    startConsentApis(
      make({ cl: { preset: 'microsoft-clarity', category: 'marketing' } }),
      () => true,
      () => {},
    );
    expect(Array.from(w.clarity.q[0])).toEqual(['consentv2', { ad_Storage: 'granted', analytics_Storage: 'granted' }]);
  });

  it('Pinterest: setconsent false first in an advanced tag’s queue; setconsent after a decision', () => {
    let on = false;
    const update = startConsentApis(
      make({ p: { preset: 'pinterest-tag', advanced: true } }),
      () => on,
      () => {},
    )!;
    w.pintrk = function (...a: unknown[]) {
      w.pintrk.queue.push(a);
    };
    w.pintrk.queue = [];
    w.pintrk('load', '1');
    on = true;
    update();
    expect(w.pintrk.queue).toEqual([
      ['setconsent', false],
      ['load', '1'],
      ['setconsent', true],
    ]);
  });

  it('Matomo: requireConsent first (cookieless with advanced), then setConsentGiven / forgetConsentGiven', () => {
    const c = make({ m: { preset: 'matomo' } });
    seedMatomo(c);
    w._paq.push(['trackPageView']);
    let on = true;
    const update = startConsentApis(
      c,
      () => on,
      () => {},
    )!;
    on = false;
    update();
    expect(w._paq).toEqual([['requireConsent'], ['trackPageView'], ['setConsentGiven'], ['forgetConsentGiven']]);
    delete w._paq;
    seedMatomo(make({ m: { preset: 'matomo', advanced: true } }));
    expect(w._paq).toEqual([['requireCookieConsent']]);
  });

  it('warns once when the Meta pixel’s init carries advanced-matching data', () => {
    w.fbq = Object.assign(function () {}, {
      queue: [
        ['init', '1', { em: 'a@b.se' }],
        ['track', 'PageView'],
      ],
    });
    const report = vi.fn();
    const update = startConsentApis(make({ meta: { preset: 'meta-pixel' } }), () => false, report)!;
    update();
    expect(report.mock.calls).toEqual([[[{ path: 'services.meta.preset', code: 'matching', w: 1 }]]]);
    delete w.fbq;
    w.fbq = Object.assign(function () {}, {
      queue: [
        ['init', '1'],
        ['track', 'PageView'],
      ],
    });
    const quiet = vi.fn();
    startConsentApis(make({ meta: { preset: 'meta-pixel' } }), () => false, quiet);
    expect(quiet).not.toHaveBeenCalled();
  });

  it('starts nothing without such a preset', () => {
    expect(
      startConsentApis(
        make({ ga4: { preset: 'google-analytics' } }),
        () => true,
        () => {},
      ),
    ).toBeUndefined();
    expect(w.uetq ?? w.ttq ?? w._paq).toBeUndefined();
  });
});
