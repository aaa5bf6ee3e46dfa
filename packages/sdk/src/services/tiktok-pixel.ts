/**
 * TikTok pixel: events.js from analytics.tiktok.com (…/i18n/pixel/events.js), events to
 * analytics.tiktok.com/api/v2/pixel. Consent: `ttq.holdConsent()` before the first event,
 * then `ttq.grantConsent()` / `ttq.revokeConsent()` (wired in core/vendor-consent.ts;
 * 🟡 as open-source CMPs implement it, TikTok's own page not read here). Cookies _ttp and
 * _tt_enable_cookie (13 months) from TikTok's "How to use cookies with TikTok Pixel" help;
 * ⚠️ ttcsid names and lifetimes from secondary sources.
 */
import type { PresetBlocking } from './preset';
import type { PresetInfo } from './types';

export const blocking: PresetBlocking = {
  vendor: 'TikTok Technology Ltd',
  title: 'TikTok Pixel',
  category: 'marketing',
  hosts: ['analytics.tiktok.com', 'analytics-ipv6.tiktokw.us'],
  cookies: ['_ttp', '_tt_enable_cookie', 'ttcsid*'],
  storage: ['tt_*'],
};

export const info: PresetInfo = {
  privacyUrl: 'https://www.tiktok.com/legal/page/eea/privacy-policy/en',
  cookies: [
    { name: '_ttp', lifetime: 'P13M' },
    { name: '_tt_enable_cookie', lifetime: 'P13M' },
    { name: 'ttcsid*', lifetime: 'P13M' },
  ],
};
