import { describe, expect, test } from 'vitest';
import { PRESETS as SDK_PRESETS } from 'cookiegate/presets';
import { classifyCookie, classifyUrl, PRESETS } from '../src/trackers.mjs';
import { hostRuleMatches, nameMatches } from '../src/patterns.mjs';

describe('trackers: the SDK presets plus compliance.md §5.7', () => {
  test('the presets are the SDK’s own (one list)', () => {
    expect(PRESETS).toBe(SDK_PRESETS);
  });
  test('hosts by suffix and path prefix', () => {
    expect(classifyUrl('https://www.googletagmanager.com/gtag/js?id=G-1')).toMatchObject({
      preset: 'google-analytics',
      tracker: true,
    });
    expect(classifyUrl('https://www.googletagmanager.com/gtag/js?id=AW-1')).toMatchObject({
      preset: 'google-ads',
      tracker: true,
    });
    expect(classifyUrl('https://connect.facebook.net/en_US/fbevents.js')).toMatchObject({ preset: 'meta-pixel' });
    expect(classifyUrl('https://static.zdassets.com/ekr/snippet.js')).toMatchObject({
      preset: 'zendesk-chat',
      tracker: true,
    });
    expect(classifyUrl('https://bat.bing.com/bat.js')).toMatchObject({
      preset: 'microsoft-advertising',
      tracker: true,
    });
    expect(classifyUrl('https://www.bing.com/x')).toEqual({ host: 'www.bing.com', tracker: true });
    expect(classifyUrl('https://cdn.example.com/app.js').tracker).toBe(false);
    expect(classifyUrl('https://notgoogle-analytics.com/').tracker).toBe(false);
    expect(hostRuleMatches('facebook.com/tr', new URL('https://www.facebook.com/tr?id=1'))).toBe(true);
    expect(hostRuleMatches('facebook.com/tr', new URL('https://www.facebook.com/login'))).toBe(false);
  });
  test('cookies by preset pattern and C1’s extras; the shop’s own are not trackers', () => {
    expect(classifyCookie('_ga_ABC')).toMatchObject({ preset: 'google-analytics', tracker: true });
    expect(classifyCookie('SL_C_23361dd035530_SID')).toMatchObject({ preset: 'smartlook', tracker: true });
    expect(classifyCookie('__zlcmid')).toMatchObject({ preset: 'zendesk-chat', tracker: true });
    expect(classifyCookie('MUID').tracker).toBe(true);
    expect(classifyCookie('PHPSESSID').tracker).toBe(false);
    expect(nameMatches('_ga_*', '_gab')).toBe(false);
  });
});
