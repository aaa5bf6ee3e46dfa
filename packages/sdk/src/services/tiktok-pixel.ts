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

const id = {
  sv: 'Känner igen webbläsaren för annonsmätning',
  en: 'Recognises the browser for ad measurement',
  da: 'Genkender browseren til annoncemåling',
};

export const info: PresetInfo = {
  purpose: { sv: 'Annonsering på TikTok', en: 'Advertising on TikTok', da: 'Annoncering på TikTok' },
  description: {
    sv: 'Mäter vad besökare från våra TikTok-annonser gör här och visar annonser för personer som besökt webbplatsen.',
    en: 'Measures what visitors from our TikTok ads do here and shows ads to people who visited the site.',
    da: 'Måler, hvad besøgende fra vores TikTok-annoncer gør her, og viser annoncer til personer, der har besøgt hjemmesiden.',
  },
  privacyUrl: 'https://www.tiktok.com/legal/page/eea/privacy-policy/en',
  cookies: [
    { name: '_ttp', lifetime: 'P13M', purpose: id },
    {
      name: '_tt_enable_cookie',
      lifetime: 'P13M',
      purpose: {
        sv: 'Kontrollerar att cookies fungerar',
        en: 'Checks that cookies work',
        da: 'Kontrollerer, at cookies virker',
      },
    },
    {
      name: 'ttcsid*',
      lifetime: 'P13M',
      purpose: {
        sv: 'Kopplar ihop händelser under ett besök',
        en: 'Links events within a visit',
        da: 'Forbinder hændelser under et besøg',
      },
    },
  ],
};
